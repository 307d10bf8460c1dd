@methods
Feature: 405 Method Not Allowed
  A method that no rule for the path allows is answered with 405 and an Allow header
  that lists the methods of every rule for the path. The body is Werkzeug's 405 page;
  a HEAD gets the same status and headers, its Content-Length included, with no body.
  Source: Werkzeug exceptions.MethodNotAllowed, routing MapAdapter.match; catalogue METH-6, ROUTE-2, ROUTE-3.

  @id:methods.not_allowed_lists_allow @spec:METH-6 @core
  Scenario: A method the rule does not allow is a 405 with Allow
    When the client sends POST /methods/page
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, OPTIONS

  @id:methods.not_allowed_unites_rules @spec:METH-6 @spec:ROUTE-3 @core
  Scenario: The Allow of a 405 unites the methods of every rule for the path
    When the client sends PUT /methods/multi
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, DELETE, OPTIONS

  @id:methods.not_allowed_page @spec:METH-6 @flask
  Scenario: The body of a 405 is Werkzeug's Method Not Allowed page
    When the client sends POST /methods/page
    Then the header Content-Type is "text/html; charset=utf-8"
    And the body contains "<title>405 Method Not Allowed</title>"
    And the body contains "<p>The method is not allowed for the requested URL.</p>"

  @id:methods.head_not_allowed_no_body @spec:METH-6 @spec:ROUTE-2 @core
  Scenario: HEAD on a POST-only rule is a 405 without a body
    When the client sends HEAD /methods/post-only
    Then the status is 405
    And the Allow header lists exactly POST, OPTIONS
    And the body is empty

  @id:methods.head_not_allowed_page_length @spec:METH-6 @flask
  Scenario: A HEAD 405 announces the length of the 405 page
    When the client sends HEAD /methods/post-only
    Then the header Content-Length is "153"
