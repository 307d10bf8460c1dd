@errors
Feature: Error handlers registered for an exception class
  An error handler for an exception class also handles its subclasses; of the
  handlers that match, the one for the most specific class wins, whatever the order
  they were registered in. A handler for Exception also gets the HTTP errors, routing
  404s included; a handler for HTTPException gets every HTTP error, and the
  InternalServerError that stands for an unhandled exception.
  Source: Flask docs, Handling Application Errors ("Registering", "Generic Exception Handlers"); catalogue ERR-5, ERR-7.

  @id:errors.class_handler_catches_subclass @spec:ERR-5 @core
  Scenario Outline: A handler for an exception class handles its subclasses
    When the client sends GET /errors/handled/raise/<raised>
    Then the body is "<handler> handler: <raised>"

    Examples:
      | raised             | handler     |
      | IndexError         | LookupError |
      | UnicodeDecodeError | ValueError  |

  @id:errors.most_specific_handler_wins @spec:ERR-5 @core
  Scenario: The handler for the most specific class wins
    When the client sends GET /errors/handled/raise/KeyError
    Then the body is "KeyError handler: KeyError"

  @id:errors.exception_handler_gets_http_errors @spec:ERR-7 @core
  Scenario: A handler for Exception also handles a routing 404
    When the client sends GET /errors/catch-all/nope
    Then the status is 404
    And the body is "Exception handler: NotFound"

  @id:errors.http_exception_handler @spec:ERR-7 @core
  Scenario Outline: A handler for HTTPException handles every HTTP error
    When the client sends <method> /errors/http-catch-all<path>
    Then the status is <status>
    And the body is "HTTPException handler: <error>"

    Examples:
      | method | path      | status | error               |
      | GET    | /nope     | 404    | NotFound            |
      | POST   | /only-get | 405    | MethodNotAllowed    |
      | GET    | /raise    | 500    | InternalServerError |
