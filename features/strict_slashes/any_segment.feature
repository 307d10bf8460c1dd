@strict_slashes
Feature: Trailing-slash rules for any path segment
  Whatever a path segment holds, a rule that ends in a slash redirects the URL without
  the slash with a 308 to the absolute URL with it, and a rule without a trailing slash
  does not answer the URL with one.
  Source: Werkzeug routing, Rule(strict_slashes=True); catalogue SLASH-1, SLASH-2.

  @id:strict_slashes.any_segment_redirects @spec:SLASH-1 @core @property
  Scenario: Any segment under a slash rule redirects with 308 to the slash URL
    When the client generates path segments
    Then GET /slashes/named/{segment} redirects each of them with 308 to the absolute URL of /slashes/named/{segment}/
    And GET /slashes/named/{segment}/ answers each of them with 200

  @id:strict_slashes.any_segment_slash_not_found @spec:SLASH-2 @core @property
  Scenario: Any segment under a slashless rule is not found with a slash
    When the client generates path segments
    Then GET /slashes/plain/{segment} answers each of them with 200
    And GET /slashes/plain/{segment}/ answers each of them with 404
