@routing
Feature: A custom converter
  A BaseConverter subclass registered in the URL map's converters can be named in a
  rule with arguments: <regex("\d+"):nid>. Its regex decides what matches, its
  to_python converts the match for the view, and url_for builds with its to_url.
  Source: Werkzeug routing, "Custom Converters"; catalogue CONV-10.

  @id:routing.custom_regex_gates @spec:CONV-10 @core
  Scenario Outline: A segment the converter's regex refuses is not found
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path                      |
      | /routing-custom/index/abc |
      | /routing-custom/index/12a |

  @id:routing.custom_to_python @spec:CONV-10 @core
  Scenario: The converter's to_python gives the view its value
    When the client sends GET /routing-custom/index/123
    Then the view receives the int 123

  @id:routing.custom_to_url @spec:CONV-10 @core
  Scenario: url_for builds the URL with the converter's to_url
    When the client sends GET /routing-custom/index/7
    Then the URL built from those values is /routing-custom/index/007
