@routing
Feature: The methods a rule lists
  Method names in a rule's methods are case-insensitive. HEAD is added only to a rule
  that serves GET. A method no rule for the path allows is answered with 405, and Allow
  lists the methods of every rule that matches the path.
  Source: Flask docs, "HTTP Methods" (quickstart); Werkzeug routing Rule(methods); catalogue ROUTE-2, ROUTE-3.

  @id:routing.method_names_any_case @spec:ROUTE-2 @core
  Scenario: A rule listing "post" in lower case answers POST
    When the client sends POST /routing/post
    Then the status is 200
    And the body is "post"

  @id:routing.post_only_refuses_get @spec:ROUTE-2 @core
  Scenario Outline: A POST-only rule answers GET and HEAD with 405
    When the client sends <method> /routing/post
    Then the status is 405
    And the Allow header lists exactly POST, OPTIONS

    Examples:
      | method |
      | GET    |
      | HEAD   |

  @id:routing.post_only_head_empty @spec:ROUTE-2 @core
  Scenario: The 405 answer to HEAD on a POST-only rule has no body
    When the client sends HEAD /routing/post
    Then the status is 405
    And the body is empty

  @id:routing.unlisted_method_405 @spec:ROUTE-3 @core
  Scenario Outline: A method the rule does not list is answered with 405
    When the client sends <method> /routing/both
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, POST, OPTIONS

    Examples:
      | method |
      | PUT    |
      | DELETE |
      | PATCH  |
      | TRACE  |
      | FOO    |

  @id:routing.allow_unites_rules @spec:ROUTE-3 @core
  Scenario: Allow lists the methods of every rule on the path
    When the client sends PUT /routing/split
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, POST, OPTIONS
