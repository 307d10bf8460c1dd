@strict_slashes
Feature: Where no trailing-slash redirect happens
  There is no redirect towards the slash-less form: a rule without a slash does not
  answer the URL with one. A rule, or a whole URL map, with strict_slashes off answers
  both forms directly.
  Source: Werkzeug routing, Rule(strict_slashes=False); catalogue SLASH-2, SLASH-3.

  @id:strict_slashes.no_redirect_to_slashless @spec:SLASH-2 @core
  Scenario: A rule without a trailing slash does not answer the slash URL
    When the client sends GET /slashes/file/
    Then the status is 404

  @id:strict_slashes.rule_not_strict @spec:SLASH-3 @core
  Scenario Outline: A rule with strict_slashes off answers the other form
    When the client sends GET <path>
    Then the status is 200
    And the body is "<body>"

    Examples:
      | path                | body      |
      | /slashes/loose/     | loose     |
      | /slashes/loose-dir  | loose-dir |

  @id:strict_slashes.map_not_strict @spec:SLASH-3 @core
  Scenario Outline: A URL map with strict_slashes off answers the other form
    When the client sends GET <path>
    Then the status is 200
    And the body is "<body>"

    Examples:
      | path                   | body         |
      | /slashes-lenient/dir   | lenient dir  |
      | /slashes-lenient/file/ | lenient file |
