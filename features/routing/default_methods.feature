@routing
Feature: The methods of a rule that lists none
  A rule registered without methods serves GET, and HEAD and OPTIONS are added to it.
  Any other method is answered with 405 and an Allow header listing those three.
  Source: Flask docs, "HTTP Methods" (quickstart); Werkzeug routing Rule(methods); catalogue ROUTE-1.

  @id:routing.get_by_default @spec:ROUTE-1 @core
  Scenario: A rule without methods answers GET
    When the client sends GET /routing/plain
    Then the status is 200
    And the header Content-Type is "text/html; charset=utf-8"
    And the body is "plain"

  @id:routing.head_by_default @spec:ROUTE-1 @core
  Scenario: A rule without methods answers HEAD without a body
    When the client sends HEAD /routing/plain
    Then the status is 200
    And the body is empty

  @id:routing.options_by_default @spec:ROUTE-1 @core
  Scenario: A rule without methods answers OPTIONS with its methods
    When the client sends OPTIONS /routing/plain
    Then the status is 200
    And the Allow header lists exactly GET, HEAD, OPTIONS

  @id:routing.post_not_in_defaults @spec:ROUTE-1 @core
  Scenario: A rule without methods answers POST with 405
    When the client sends POST /routing/plain
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, OPTIONS

  @id:routing.not_allowed_page @spec:ROUTE-1 @flask
  Scenario: The 405 answer is Werkzeug's Method Not Allowed page
    When the client sends POST /routing/plain
    Then the header Content-Type is "text/html; charset=utf-8"
    And the body contains "<title>405 Method Not Allowed</title>"
    And the body contains "<p>The method is not allowed for the requested URL.</p>"
