Feature: A foreign project's own scenarios
  Scenario: Adding to the basket
    Given an empty basket
    When the shopper adds an apple
    Then the basket holds 1 item
