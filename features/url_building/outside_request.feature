@url_building
Feature: url_for outside a request
  With no request, url_for (in an app context, as in a CLI command) needs SERVER_NAME,
  else it raises RuntimeError. Its URLs are then absolute by default, on SERVER_NAME,
  under APPLICATION_ROOT and with PREFERRED_URL_SCHEME. Each case ran when the app was set up.
  Source: Flask docs, API "url_for", config.rst SERVER_NAME; catalogue URL-10.

  @id:url_building.outside_request_needs_server_name @spec:URL-10 @flask
  Scenario: url_for outside a request without SERVER_NAME raises RuntimeError
    When the client sends GET /url_building/startup/no-server-name
    Then the body is "RuntimeError: Unable to build URLs outside an active request without 'SERVER_NAME' configured. Also configure 'APPLICATION_ROOT' and 'PREFERRED_URL_SCHEME' as needed."

  @id:url_building.outside_request_absolute @spec:URL-10 @core
  Scenario: url_for outside a request builds an absolute URL on SERVER_NAME
    When the client sends GET /url_building/startup/server-name
    Then the body is "http://example.com/"

  @id:url_building.outside_request_internal_on_request @spec:URL-10 @core
  Scenario: url_for outside a request with _external=False builds a path
    When the client sends GET /url_building/startup/server-name-internal
    Then the body is "/"

  @id:url_building.outside_request_root_and_scheme @spec:URL-10 @core
  Scenario: APPLICATION_ROOT and PREFERRED_URL_SCHEME shape URLs outside a request
    When the client sends GET /url_building/startup/application-root
    Then the body is "https://example.com/root/"
