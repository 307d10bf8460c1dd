@real_servers
Feature: Request header names that hold an underscore
  CGI makes a header's HTTP_ variable by upper-casing its name and turning "-" into "_"
  (RFC 3875 4.1.18), so X_Under and X-Under both become HTTP_X_UNDER. RFC 9110 allows "_"
  in a field name, and neither it nor PEP 3333 says what a server does with one. So that
  a client cannot pass its own header off as one a proxy set, waitress and Werkzeug's
  server drop such a header, as nginx and Apache do; wsgiref's server passes it on, and
  the app reads it as X-Under. Each scenario runs on the servers it names.
  Source: RFC 3875 section 4.1.18; RFC 9110 section 5.1; waitress parser; Werkzeug CHANGES 2.3.0 (#2622); catalogue SRV-3.
  Versions: Werkzeug's server before 2.3.0 (#2622) passed such a header on, as wsgiref's does.

  @id:real_servers.underscore_header_dropped @spec:SRV-3 @core @live_only @security
  Scenario: waitress and Werkzeug's server drop a header name with an underscore
    Given the app is served by waitress or werkzeug
    And the client sends every request with the header X_Under: 1
    When the client sends GET /real_servers/header?name=X-Under
    Then the status is 200
    And the body is "X-Under: (none)"

  @id:real_servers.underscore_header_passed_by_wsgiref @spec:SRV-3 @core @live_only
  Scenario: wsgiref's server passes a header name with an underscore on
    Given the app is served by wsgiref
    And the client sends every request with the header X_Under: 1
    When the client sends GET /real_servers/header?name=X-Under
    Then the status is 200
    And the body is "X-Under: 1"
