@subdomains
Feature: URLs built for subdomain rules
  url_for in a request on a subdomain builds a relative URL for a rule of the same
  subdomain, and an absolute URL on the other subdomain's host (from SERVER_NAME, not
  from the request's Host) for a rule of another subdomain or of the bare domain.
  Source: Flask docs, API url_for; Werkzeug routing MapAdapter.build; catalogue SUB-1.

  @id:subdomains.link_within_subdomain_relative @spec:SUB-1 @core
  Scenario: A URL for a rule of the same subdomain is relative
    Given the client sends every request with the header Host: api.example.test
    When the client sends GET /subdomains/matching/link/api
    Then the status is 200
    And the body is the relative URL of /subdomains/matching/page

  @id:subdomains.link_across_subdomains_absolute @spec:SUB-1 @core
  Scenario: A URL for a rule of the bare domain is absolute on SERVER_NAME
    Given the client sends every request with the header Host: api.example.test
    When the client sends GET /subdomains/matching/link/bare
    Then the status is 200
    And the body is the absolute URL of /subdomains/matching/page on the host example.test
