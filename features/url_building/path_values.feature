@url_building
Feature: Values that url_for puts in the path
  Path variables are percent-encoded as UTF-8, a space as %20. A "/" is not escaped,
  not even in a string variable, so a string value holding one builds a URL that its
  own rule does not match.
  Source: Flask docs, API "url_for"; Werkzeug routing converters to_url; catalogue URL-6, NOTE-21.

  @id:url_building.path_value_encoding @spec:URL-6 @core
  Scenario Outline: url_for percent-encodes path values as UTF-8
    When the client sends GET /url_building/link/<case>
    Then the body is "<url>"

    Examples:
      | case           | url                          |
      | path-space     | /url_building/user/a%20b     |
      | path-utf8      | /url_building/user/%E4%B8%AD |
      | path-converter | /url_building/path/a/b%20c   |

  @id:url_building.string_value_keeps_slash @spec:URL-6 @spec:NOTE-21 @core
  Scenario: url_for leaves a slash in a string value unescaped
    When the client sends GET /url_building/link/path-space-slash
    Then the body is "/url_building/user/a%20b/c"

  @id:url_building.slash_value_does_not_round_trip @spec:URL-6 @spec:NOTE-21 @core
  Scenario: The URL built from a string value with a slash matches no rule
    When the client sends GET /url_building/user/a%20b/c
    Then the status is 404
