@wsgi_environ
Feature: The URLs of an app mounted under SCRIPT_NAME
  A server that mounts an app under a path puts that path in SCRIPT_NAME and the rest in
  PATH_INFO: request.path is the path within the app, request.script_root the mount, and
  every URL the request and url_for make holds both, on the host of the Host header. The
  suite reaches the main app again under /mounted (SCRIPT_NAME=/mounted).
  Source: PEP 3333 "environ Variables" (SCRIPT_NAME, PATH_INFO); Werkzeug wsgi.Request; Flask docs, API url_for; catalogue WSGI-1.

  @id:wsgi_environ.script_name_splits_path @spec:WSGI-1 @core
  Scenario: The mount is the script root and the rest is the path
    When the client sends GET /mounted/wsgi_environ/request
    Then the request's script_root is the relative URL of /mounted
    And the request's path is "/wsgi_environ/request"

  @id:wsgi_environ.request_urls_under_mount @spec:WSGI-1 @core
  Scenario: The request's URLs hold the mount, the Host and the query
    Given the client sends every request with the header Host: example.com:8080
    When the client sends GET /mounted/wsgi_environ/request?q=1&q=2
    Then the request's host is "example.com:8080"
    And the request's url is the absolute URL of /mounted/wsgi_environ/request?q=1&q=2
    And the request's base_url is the absolute URL of /mounted/wsgi_environ/request
    And the request's url_root is the absolute URL of /mounted/

  @id:wsgi_environ.url_for_under_mount @spec:WSGI-1 @core
  Scenario: url_for under a mount builds URLs that hold the mount
    Given the client sends every request with the header Host: example.com:8080
    When the client sends GET /mounted/wsgi_environ/request
    Then the view built its own URL as the relative URL of /mounted/wsgi_environ/request
    And the view built its own external URL as the absolute URL of /mounted/wsgi_environ/request
