@routing
Feature: The int converter
  int matches unsigned digits and passes a Python int: leading zeros are accepted and
  there is no upper bound. A sign, a dot or a letter does not match. Werkzeug's digit
  pattern is Unicode-aware, so digits of other scripts match too and are converted.
  Source: Werkzeug routing, IntegerConverter; catalogue CONV-5.

  @id:routing.int_digits @spec:CONV-5 @core
  Scenario Outline: Unsigned digits reach the view as an int
    When the client sends GET <path>
    Then the view receives the int <value>

    Examples:
      | path                                 | value                   |
      | /routing/int/42                      | 42                      |
      | /routing/int/007                     | 7                       |
      | /routing/int/0                       | 0                       |
      | /routing/int/99999999999999999999999 | 99999999999999999999999 |

  @id:routing.int_not_digits @spec:CONV-5 @core
  Scenario Outline: A value that is not unsigned digits is not found
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path              |
      | /routing/int/-1   |
      | /routing/int/+1   |
      | /routing/int/1.5  |
      | /routing/int/abc  |
      | /routing/int/1a   |

  @id:routing.int_unicode_digits @spec:CONV-5 @flask
  Scenario: Arabic-Indic digits reach the view as an int
    When the client sends GET /routing/int/%D9%A1%D9%A2
    Then the view receives the int 12
