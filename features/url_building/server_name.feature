@url_building
Feature: External URLs of an app with SERVER_NAME
  When SERVER_NAME is set, url_for with _external=True names that host, not the Host
  of the request, which is served even though it differs.
  Source: Flask docs, config.rst SERVER_NAME; catalogue URL-11, SUB-3.
  Versions: before Flask 3.1.0 (pallets/flask#5553) a request whose Host differs from SERVER_NAME gets 404.

  @id:url_building.external_uses_server_name @spec:URL-11 @core
  Scenario: url_for with _external names SERVER_NAME, not the request's Host
    Given the client sends every request with the header Host: example.com:8080
    When the client sends GET /url_building/server-name/external
    Then the status is 200
    And the body is the absolute URL of /url_building/server-name/external on the host example.com
