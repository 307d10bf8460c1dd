@wsgi_environ
Feature: Redirects of an app mounted under SCRIPT_NAME
  Under a mount, the trailing-slash redirect points to the URL within the mount, and
  url_for builds URLs that hold the mount, but redirect() sends the Location it is given:
  a path starting with a slash is not prefixed with the mount. The suite reaches the main
  app again under /mounted (SCRIPT_NAME=/mounted).
  Source: Werkzeug routing (strict slashes), Flask docs, API redirect and url_for; catalogue WSGI-4.

  @id:wsgi_environ.slash_redirect_under_mount @spec:WSGI-4 @core
  Scenario: The trailing-slash redirect under a mount keeps the mount
    When the client sends GET /mounted/wsgi_environ/dir
    Then the status is 308
    And the Location is the absolute URL of /mounted/wsgi_environ/dir/

  @id:wsgi_environ.redirect_to_path_not_prefixed @spec:WSGI-4 @core
  Scenario: A redirect to a path is not prefixed with the mount
    When the client sends GET /mounted/wsgi_environ/redirect-path
    Then the status is 302
    And the header Location is "/wsgi_environ/target"

  @id:wsgi_environ.redirect_to_url_for_under_mount @spec:WSGI-4 @core
  Scenario: A redirect to url_for under a mount keeps the mount
    When the client sends GET /mounted/wsgi_environ/redirect-url-for
    Then the status is 302
    And the Location is the relative URL of /mounted/wsgi_environ/dir/
