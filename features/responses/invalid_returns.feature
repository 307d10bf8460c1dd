@responses
Feature: A return value Flask cannot make a response of
  None (a view that forgot to return), a number, or a tuple of four items is not a
  response: Flask raises a TypeError, which, with TESTING and DEBUG off, is answered with a
  500 Internal Server Error.
  Source: Flask docs, Flask.make_response; catalogue RESP-4, RESP-2, NOTE-22.

  @id:responses.invalid_return_500 @spec:RESP-4 @spec:RESP-2 @spec:NOTE-22 @core
  Scenario Outline: A view that returns something that is not a response answers 500
    When the client sends GET /responses/invalid/<value>
    Then the status is 500

    Examples:
      | value      |
      | none       |
      | int        |
      | four-tuple |

  @id:responses.invalid_return_error_page @spec:RESP-4 @flask
  Scenario: A view that returns None answers Werkzeug's 500 page
    When the client sends GET /responses/invalid/none
    Then the header Content-Type is "text/html; charset=utf-8"
    And the header Content-Length is "265"
    And the body contains "<title>500 Internal Server Error</title>"
