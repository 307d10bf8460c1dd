@routing
Feature: Paths that no rule matches
  A path that no rule matches is answered with 404 Not Found. Paths match exactly and
  case-sensitively: neither a prefix of a rule nor a longer path nor another case matches.
  Source: Werkzeug routing, MapAdapter.match (NotFound); catalogue ROUTE-4.

  @id:routing.unmatched_path_404 @spec:ROUTE-4 @core
  Scenario Outline: A path no rule matches is not found
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path                 |
      | /routing/nowhere     |
      | /routing/plai        |
      | /routing/plain/extra |

  @id:routing.paths_case_sensitive @spec:ROUTE-4 @core
  Scenario: A path in another case is not found
    When the client sends GET /routing/PLAIN
    Then the status is 404

  @id:routing.not_found_page @spec:ROUTE-4 @flask
  Scenario: The 404 answer is Werkzeug's Not Found page
    When the client sends GET /routing/nowhere
    Then the header Content-Type is "text/html; charset=utf-8"
    And the body contains "<title>404 Not Found</title>"
    And the body contains "<p>The requested URL was not found on the server."
