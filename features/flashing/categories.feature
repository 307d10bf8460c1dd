@flashing
Feature: Message categories
  Every message has a category, "message" unless flash() is given one. Messages can be
  read with their categories, and filtered to some categories. Filtering is not a way
  to leave the other messages for later: the read removes them all.
  Source: Flask docs, "Flashing With Categories", "Filtering Flash Messages"; catalogue FLASH-3, FLASH-4, NOTE-9.

  @id:flashing.with_categories @spec:FLASH-3 @core
  Scenario: Messages come with their categories, "message" by default
    When the client sends GET /flashing/flash
    And the client sends GET /flashing/messages?with_categories=1
    Then the JSON body is [["message", "first"], ["error", "second"], ["info", "third"]]

  @id:flashing.category_filter_selects @spec:FLASH-4 @core
  Scenario Outline: A category filter returns only the messages of that category
    When the client sends GET /flashing/flash
    And the client sends GET /flashing/messages?<query>
    Then the JSON body is <messages>

    Examples:
      | query                                   | messages              |
      | category_filter=error                   | ["second"]            |
      | category_filter=error&with_categories=1 | [["error", "second"]] |

  @id:flashing.category_filter_discards_others @spec:FLASH-4 @spec:NOTE-9 @core
  Scenario: A filtered read discards the messages of the other categories
    When the client sends GET /flashing/flash
    And the client sends GET /flashing/messages?category_filter=error
    And the client sends GET /flashing/messages
    Then the JSON body is []
