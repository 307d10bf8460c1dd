@wsgi_environ
Feature: A Host header with invalid characters
  A Host header holding characters no host name has (a space) is still routed, but
  request.host treats it as empty: the request's URLs then have no host, and the value
  never reaches a URL the app builds. The raw header stays in HTTP_HOST.
  Source: Werkzeug CHANGES 3.1.7 (#3113) and 3.1.8 (#3142), sansio.utils.get_host; catalogue WSGI-6.
  Versions: up to Werkzeug 3.1.6 request.host is the header as sent ('bad host').

  @id:wsgi_environ.invalid_host_is_empty @spec:WSGI-6 @flask @security
  Scenario: A Host with a space is routed, with an empty request.host
    Given the client sends every request with the header Host: bad host
    When the client sends GET /wsgi_environ/request
    Then the status is 200
    And the environ's HTTP_HOST was "bad host"
    And the request's host is ""
