@routing
Feature: String converter lengths
  string(length=3) matches exactly three characters; string(minlength=2, maxlength=4)
  matches two to four, both bounds included. Lengths count characters after decoding.
  Source: Werkzeug routing, UnicodeConverter(minlength, maxlength, length); catalogue CONV-2.

  @id:routing.string_exact_length @spec:CONV-2 @core
  Scenario Outline: A segment of exactly the length reaches the view
    When the client sends GET <path>
    Then the view receives the str <value>

    Examples:
      | path                                      | value   |
      | /routing/len3/abc                         | "abc"   |
      | /routing/len3/%E4%B8%AD%E6%96%87%E5%AD%97 | "中文字" |

  @id:routing.string_wrong_length @spec:CONV-2 @core
  Scenario Outline: A segment shorter or longer than the length is not found
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path               |
      | /routing/len3/ab   |
      | /routing/len3/abcd |

  @id:routing.string_length_bounds @spec:CONV-2 @core
  Scenario Outline: A segment as long as a bound reaches the view
    When the client sends GET <path>
    Then the view receives the str <value>

    Examples:
      | path                  | value  |
      | /routing/between/ab   | "ab"   |
      | /routing/between/abcd | "abcd" |

  @id:routing.string_out_of_bounds @spec:CONV-2 @core
  Scenario Outline: A segment outside the bounds is not found
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path                   |
      | /routing/between/a     |
      | /routing/between/abcde |
