@routing
Feature: The float converter
  float matches digits, a dot and digits, and passes a Python float. Without the dot,
  with an exponent or a sign it does not match. It takes signed, min and max as int does.
  Source: Werkzeug routing, FloatConverter(min, max, signed); catalogue CONV-7.

  @id:routing.float_decimal @spec:CONV-7 @core
  Scenario Outline: Digits with a dot reach the view as a float
    When the client sends GET <path>
    Then the view receives the float <value>

    Examples:
      | path                | value |
      | /routing/float/1.5  | 1.5   |
      | /routing/float/1.50 | 1.5   |
      | /routing/float/01.5 | 1.5   |
      | /routing/float/0.0  | 0.0   |

  @id:routing.float_not_decimal @spec:CONV-7 @core
  Scenario Outline: A value without the dot form is not found
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path                |
      | /routing/float/1    |
      | /routing/float/.5   |
      | /routing/float/1.   |
      | /routing/float/1e5  |
      | /routing/float/-1.5 |

  @id:routing.float_signed_negative @spec:CONV-7 @core
  Scenario: A signed float variable passes a negative value
    When the client sends GET /routing/float-signed/-1.5
    Then the view receives the float -1.5

  @id:routing.float_range_edges @spec:CONV-7 @core
  Scenario Outline: The min and max of a float variable are included
    When the client sends GET <path>
    Then the view receives the float <value>

    Examples:
      | path                     | value |
      | /routing/float-range/0.5 | 0.5   |
      | /routing/float-range/2.5 | 2.5   |

  @id:routing.float_range_outside @spec:CONV-7 @core
  Scenario Outline: A float outside min and max is not found
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path                     |
      | /routing/float-range/0.4 |
      | /routing/float-range/2.6 |
