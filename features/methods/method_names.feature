@methods
Feature: Method names in rules and requests
  The method names a rule lists are case-insensitive: they are upper-cased, so a rule
  with methods=["get", "post"] serves GET, HEAD and POST. Any method token reaches the
  app: a rule may list one that RFC 9110 does not define, such as PURGE, and a token no
  rule for the path lists, such as FOO, is a 405 like any other.
  Source: Flask docs, add_url_rule (methods); Werkzeug routing Rule; catalogue ROUTE-2, ROUTE-3, SRV-2.

  @id:methods.lowercase_names_accepted @spec:ROUTE-2 @core
  Scenario: A rule that lists lowercase method names serves those methods
    When the client sends POST /methods/lower
    Then the status is 200
    And the body is "lower POST"

  @id:methods.lowercase_names_uppercased @spec:ROUTE-2 @core
  Scenario: Lowercase method names of a rule are listed upper-cased
    When the client sends OPTIONS /methods/lower
    Then the Allow header lists exactly GET, HEAD, POST, OPTIONS

  @id:methods.extension_method_routed @spec:SRV-2 @core
  Scenario: A rule that lists PURGE serves a PURGE request
    When the client sends PURGE /methods/cache
    Then the status is 200
    And the body is "cache PURGE"

  @id:methods.unknown_token_not_allowed @spec:ROUTE-3 @spec:SRV-2 @core
  Scenario: A method token that no rule lists is a 405 with Allow
    When the client sends FOO /methods/cache
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, OPTIONS, PURGE
