@defaults
Feature: The defaults rule is the canonical URL of its values
  When two rules share an endpoint and one has defaults, a URL of the other rule whose
  values equal those defaults redirects with 308 to the defaults rule. Other values are
  answered directly, and url_for builds the defaults rule whenever the values allow.
  Source: Werkzeug routing, Map(redirect_defaults=True); Flask url_for; catalogue DEF-2, NOTE-1.

  @id:defaults.redirect_to_defaults_rule @spec:DEF-2 @spec:NOTE-1 @core
  Scenario: A URL equal to the defaults redirects to the defaults rule
    When the client sends GET /defaults/users/page/1
    Then the status is 308
    And the Location is the absolute URL of /defaults/users/

  @id:defaults.other_values_answer @spec:DEF-2 @core
  Scenario: A URL with other values is answered directly
    When the client sends GET /defaults/users/page/2
    Then the status is 200
    And the body is "users page 2"

  @id:defaults.url_for_prefers_defaults_rule @spec:DEF-2 @core
  Scenario: url_for builds the defaults rule for values equal to the defaults
    When the client sends GET /defaults/links
    Then the JSON body is {"users": "/defaults/users/", "page_1": "/defaults/users/", "page_2": "/defaults/users/page/2"}
