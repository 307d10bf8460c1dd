@subdomains
Feature: The case of the Host
  Host names are matched against SERVER_NAME and the subdomain rules without regard to
  case, while request.host keeps the Host exactly as the client sent it.
  Source: Werkzeug routing Map.bind_to_environ (lowercases the host); RFC 9110 section 4.2.3; catalogue SUB-4.

  @id:subdomains.host_match_ignores_case @spec:SUB-4 @core
  Scenario: A Host in capitals matches the subdomain rule
    Given the client sends every request with the header Host: API.EXAMPLE.TEST
    When the client sends GET /subdomains/matching/page
    Then the status is 200
    And the body is "page on api"

  @id:subdomains.request_host_keeps_case @spec:SUB-4 @flask
  Scenario: request.host keeps the case the client sent
    Given the client sends every request with the header Host: EXAMPLE.TEST
    When the client sends GET /subdomains/matching/host
    Then the status is 200
    And the body is "host EXAMPLE.TEST"
