@subdomains
Feature: Subdomain rules of an app without subdomain_matching
  Subdomain matching is off by default, and SERVER_NAME does not turn it on: every
  request is routed as if on the bare domain, so a rule with a subdomain never matches
  and the rule without one answers on any subdomain. The mount /subdomains/default is
  the /subdomains/matching app built with Flask's default (SERVER_NAME = example.test).
  Source: Flask docs, Configuration "SERVER_NAME" (changed in 3.1); CHANGES 3.1.0 (#5553, PR #5634); catalogue SUB-2, NOTE-3.
  Versions: before Flask 3.1.0 (#5553) SERVER_NAME alone enables subdomain matching: api.example.test gets the api rule and <user> matches.

  @id:subdomains.unmatched_static_subdomain_shadowed @spec:SUB-2 @spec:NOTE-3 @flask
  Scenario: On a subdomain the rule without a subdomain answers
    Given the client sends every request with the header Host: api.example.test
    When the client sends GET /subdomains/default/page
    Then the status is 200
    And the body is "page on example.test"

  @id:subdomains.unmatched_dynamic_subdomain_404 @spec:SUB-2 @spec:NOTE-3 @flask
  Scenario: A dynamic subdomain rule never matches without subdomain_matching
    Given the client sends every request with the header Host: alice.example.test
    When the client sends GET /subdomains/default/whoami
    Then the status is 404
