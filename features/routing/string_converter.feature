@routing
Feature: The default string converter
  A variable without a converter, <default:...> and <string:...> are the same converter:
  one path segment without a slash, passed to the view as text. Percent-escapes are
  decoded before matching, so an escaped slash is a slash and the segment does not match.
  Source: Werkzeug routing, UnicodeConverter; catalogue CONV-1.

  @id:routing.string_segment_decoded @spec:CONV-1 @core
  Scenario Outline: A segment reaches the view as decoded text
    When the client sends GET <path>
    Then the view receives the str <value>

    Examples:
      | path                    | value |
      | /routing/user/%E4%B8%AD | "中"  |
      | /routing/user/%7Bx%7D   | "{x}" |

  @id:routing.string_spellings_agree @spec:CONV-1 @core
  Scenario Outline: No converter, default and string pass the same text
    When the client sends GET <path>
    Then the view receives the str "a b"

    Examples:
      | path                   |
      | /routing/user/a%20b    |
      | /routing/default/a%20b |
      | /routing/string/a%20b  |

  @id:routing.string_one_segment @spec:CONV-1 @core
  Scenario Outline: A string variable does not match a slash, even escaped
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path                  |
      | /routing/string/a/b   |
      | /routing/string/a%2Fb |

  @id:routing.default_is_string @spec:CONV-1 @core
  Scenario Outline: No converter and default refuse a slash as string does
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path                   |
      | /routing/user/a/b      |
      | /routing/user/a%2Fb    |
      | /routing/default/a/b   |
      | /routing/default/a%2Fb |

  @id:routing.string_not_empty @spec:CONV-1 @core
  Scenario Outline: A string variable does not match an empty segment
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path             |
      | /routing/user/   |
      | /routing/string/ |
