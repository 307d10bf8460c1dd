@subdomains
Feature: Subdomain rules of an app with subdomain_matching
  With subdomain_matching on and SERVER_NAME set, the part of the Host before SERVER_NAME
  is the subdomain: a rule with subdomain="api" answers only on api.<SERVER_NAME>, a rule
  with subdomain="<user>" passes that part (every label of it) to the view, and a rule
  without a subdomain answers only on SERVER_NAME itself. The mount /subdomains/matching
  has SERVER_NAME = example.test; each scenario sends its own Host.
  Source: Flask docs, API "Flask(subdomain_matching)" and Configuration "SERVER_NAME"; catalogue SUB-1.

  @id:subdomains.static_subdomain_rule @spec:SUB-1 @core
  Scenario: A rule with a static subdomain answers on that subdomain
    Given the client sends every request with the header Host: api.example.test
    When the client sends GET /subdomains/matching/page
    Then the status is 200
    And the body is "page on api"

  @id:subdomains.bare_domain_rule @spec:SUB-1 @core
  Scenario: A rule without a subdomain answers on SERVER_NAME itself
    Given the client sends every request with the header Host: example.test
    When the client sends GET /subdomains/matching/page
    Then the status is 200
    And the body is "page on example.test"

  @id:subdomains.dynamic_subdomain_value @spec:SUB-1 @core
  Scenario Outline: A dynamic subdomain is passed to the view
    Given the client sends every request with the header Host: <host>
    When the client sends GET /subdomains/matching/whoami
    Then the status is 200
    And the body is "user <user>"

    Examples:
      | host               | user  |
      | alice.example.test | alice |
      | x.y.example.test   | x.y   |

  @id:subdomains.dynamic_rule_needs_a_subdomain @spec:SUB-1 @core
  Scenario: A dynamic subdomain rule does not answer on SERVER_NAME itself
    Given the client sends every request with the header Host: example.test
    When the client sends GET /subdomains/matching/whoami
    Then the status is 404
