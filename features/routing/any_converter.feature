@routing
Feature: The any converter
  any(about, help, "a b") matches only the listed values, whole; a listed value may
  hold a space when it is quoted.
  Source: Werkzeug routing, AnyConverter; catalogue CONV-3.

  @id:routing.any_listed_value @spec:CONV-3 @core
  Scenario Outline: A listed value reaches the view
    When the client sends GET <path>
    Then the view receives the str <value>

    Examples:
      | path                 | value   |
      | /routing/any/about   | "about" |
      | /routing/any/help    | "help"  |
      | /routing/any/a%20b   | "a b"   |

  @id:routing.any_other_value @spec:CONV-3 @core
  Scenario Outline: A value that is not listed is not found
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path                |
      | /routing/any/other  |
      | /routing/any/abou   |
      | /routing/any/aboutx |
      | /routing/any/About  |
