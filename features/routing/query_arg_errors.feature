@routing
Feature: Query arguments that do not convert or are missing
  args.get with a type converts the value, and gives None, or the default, when the
  value does not convert or the key is missing, without an error. Reading a missing key
  with args[...] or form[...] is a bad request, answered with 400, not a server error.
  Source: Werkzeug MultiDict.get(type=), BadRequestKeyError; catalogue QS-2, QS-3.

  @id:routing.args_type_converts @spec:QS-2 @core
  Scenario Outline: A value that converts is given converted
    When the client sends GET /routing/args/int?n=<n>
    Then the JSON body is {"plain": <n>, "with_default": <n>}

    Examples:
      | n  |
      | 5  |
      | -5 |

  @id:routing.args_type_fails_quietly @spec:QS-2 @core
  Scenario Outline: A value that does not convert gives None or the default
    When the client sends GET /routing/args/int<query>
    Then the JSON body is {"plain": null, "with_default": -1}

    Examples:
      | query   |
      | ?n=five |
      | ?n=     |
      | ?m=5    |

  @id:routing.args_missing_key_400 @spec:QS-3 @core
  Scenario Outline: Reading a missing key is a bad request
    When the client sends <method> <path>
    Then the status is 400

    Examples:
      | method | path                   |
      | GET    | /routing/args/required |
      | POST   | /routing/form/required |

  @id:routing.args_present_key @spec:QS-1 @spec:QS-3 @core
  Scenario: Reading a present key gives its first value
    When the client sends GET /routing/args/required?q=x&q=y
    Then the status is 200
    And the body is "q x"

  @id:routing.missing_key_page @spec:QS-3 @flask
  Scenario: The 400 answer to a missing key is Werkzeug's Bad Request page
    When the client sends GET /routing/args/required
    Then the header Content-Type is "text/html; charset=utf-8"
    And the body contains "<title>400 Bad Request</title>"
