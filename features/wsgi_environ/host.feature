@wsgi_environ
Feature: The host of a request
  request.host is the Host header (HTTP_HOST) when the client sent one, whatever the
  server's own name. Without it, as HTTP/1.0 allows, the host is SERVER_NAME, with
  SERVER_PORT unless the port is the scheme's default (80 for http). A header the client
  did not send is absent, not empty.
  Source: PEP 3333 "URL Reconstruction"; RFC 9112 section 3.2; Werkzeug sansio.utils.get_host; catalogue WSGI-2.

  @id:wsgi_environ.host_is_http_host @spec:WSGI-2 @core
  Scenario: With a Host header the host is HTTP_HOST
    Given the client sends every request with the header Host: example.com:8080
    When the client sends GET /wsgi_environ/request
    Then the request's host is the environ's HTTP_HOST
    And the request's host is "example.com:8080"

  @id:wsgi_environ.host_from_server_name @spec:WSGI-2 @core
  Scenario: Without a Host header the host is SERVER_NAME and SERVER_PORT
    When the client sends GET /wsgi_environ/request without a Host header
    Then the status is 200
    And the environ had no HTTP_HOST
    And the request's host is SERVER_NAME, with SERVER_PORT unless it is the scheme's default

  @id:wsgi_environ.absent_header_is_none @spec:WSGI-2 @core
  Scenario: A header the client did not send is absent
    When the client sends GET /wsgi_environ/request without a User-Agent header
    Then the environ had no HTTP_USER_AGENT
    And the request's header User-Agent is null
