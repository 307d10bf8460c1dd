@routing
Feature: The path converter
  path matches one or more characters, slashes included, and passes them as text,
  a trailing slash too. An empty value does not match.
  Source: Werkzeug routing, PathConverter; catalogue CONV-4.

  @id:routing.path_spans_segments @spec:CONV-4 @core
  Scenario Outline: A path variable takes every segment
    When the client sends GET <path>
    Then the view receives the str <value>

    Examples:
      | path                | value   |
      | /routing/path/a/b/c | "a/b/c" |
      | /routing/path/a/b/  | "a/b/"  |
      | /routing/path/a%2Fb | "a/b"   |

  @id:routing.path_not_empty @spec:CONV-4 @core
  Scenario: A path variable does not match nothing
    When the client sends GET /routing/path/
    Then the status is 404
