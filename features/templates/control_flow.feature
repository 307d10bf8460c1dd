@templates
Feature: Conditions and loops in templates
  An if tag renders the branch of the first condition that holds, else its else branch. A for
  tag renders its body once per item, with loop.index counting from 1 and loop.first and
  loop.last marking the ends; its else branch renders only when the sequence is empty.
  Source: Jinja docs, Template Designer "If" and "For"; catalogue TPL-1.

  @id:templates.if_elif_else @spec:TPL-1 @core
  Scenario Outline: An if tag renders the branch of the first condition that holds
    When the client sends GET /templates/branch/<n>
    Then the status is 200
    And the body is "<branch>"

    Examples:
      | n | branch |
      | 0 | none   |
      | 1 | one    |
      | 5 | many   |

  @id:templates.loop_index_first_last @spec:TPL-1 @core
  Scenario: loop.index counts from 1, loop.first and loop.last mark the ends
    When the client sends GET /templates/page/loop
    Then the status is 200
    And the body is exactly these lines, each ending with a newline:
      """
      1 a first
      2 b
      3 c last
      """

  @id:templates.for_else @spec:TPL-1 @core
  Scenario Outline: The else branch of a for tag renders only for an empty sequence
    When the client sends GET /templates/listing<query>
    Then the status is 200
    And the body is "<listing>"

    Examples:
      | query           | listing  |
      | ?item=a&item=b  | a, b     |
      |                 | no items |
