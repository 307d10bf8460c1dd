@routing
Feature: Options of the int converter
  int(signed=True) also matches a leading minus; int(min=1, max=10) matches values in
  that closed range; int(fixed_digits=3) matches exactly three digits. A value that
  fails an option is not found.
  Source: Werkzeug routing, IntegerConverter(fixed_digits, min, max, signed); catalogue CONV-6.

  @id:routing.int_signed_negative @spec:CONV-6 @core
  Scenario: A signed int variable passes a negative value
    When the client sends GET /routing/signed/-5
    Then the view receives the int -5

  @id:routing.int_range_edges @spec:CONV-6 @core
  Scenario Outline: The min and max of an int variable are included
    When the client sends GET <path>
    Then the view receives the int <value>

    Examples:
      | path              | value |
      | /routing/range/1  | 1     |
      | /routing/range/10 | 10    |

  @id:routing.int_range_outside @spec:CONV-6 @core
  Scenario Outline: An int outside min and max is not found
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path              |
      | /routing/range/0  |
      | /routing/range/11 |

  @id:routing.int_fixed_digits_fit @spec:CONV-6 @core
  Scenario: Exactly the fixed number of digits, zeros included, matches
    When the client sends GET /routing/digits/007
    Then the view receives the int 7

  @id:routing.int_fixed_digits_misfit @spec:CONV-6 @core
  Scenario Outline: Fewer or more digits than fixed are not found
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path                 |
      | /routing/digits/7    |
      | /routing/digits/0007 |
