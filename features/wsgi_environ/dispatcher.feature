@wsgi_environ
Feature: An app mounted by DispatcherMiddleware
  DispatcherMiddleware hands a request whose path starts with a mount's path, segment by
  segment, to that mount's app, with the mount's path moved from PATH_INFO to SCRIPT_NAME;
  every other path goes to the main app. /wsgi_environ/app is a Flask app of its own,
  mounted so beside the main app.
  Source: Werkzeug middleware.dispatcher.DispatcherMiddleware; Flask docs, Application Dispatching; catalogue WSGI-5.

  @id:wsgi_environ.dispatched_script_root @spec:WSGI-5 @core
  Scenario: The mounted app sees its mount as the script root
    When the client sends GET /wsgi_environ/app/env?x=1
    Then the request's script_root is the relative URL of /wsgi_environ/app
    And the request's path is "/env"
    And the view built its own URL as the relative URL of /wsgi_environ/app/env

  @id:wsgi_environ.dispatched_slash_redirect @spec:WSGI-5 @core
  Scenario: The trailing-slash redirect of a mounted app keeps the mount
    When the client sends GET /wsgi_environ/app/dir
    Then the status is 308
    And the Location is the absolute URL of /wsgi_environ/app/dir/

  @id:wsgi_environ.undispatched_path_to_main_app @spec:WSGI-5 @core
  Scenario: A path that only starts like the mount goes to the main app
    When the client sends GET /wsgi_environ/apple
    Then the status is 200
    And the body is "main app apple"
