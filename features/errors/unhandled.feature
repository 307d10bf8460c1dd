@errors
Feature: The answer to an unhandled exception
  With TESTING and DEBUG off, an exception no handler catches is answered with a 500
  Internal Server Error and Werkzeug's error page; it is not raised into the server.
  An error handler that returns None cannot make a response, which is itself an
  unhandled error: 500.
  Source: Flask docs, Handling Application Errors ("Unhandled Exceptions"); catalogue ERR-3, ERR-10.

  @id:errors.unhandled_exception_500 @spec:ERR-3 @core
  Scenario: An exception the app does not handle answers 500
    When the client sends GET /errors/raise
    Then the status is 500

  @id:errors.default_500_page @spec:ERR-3 @flask
  Scenario: The 500 answer is Werkzeug's Internal Server Error page
    When the client sends GET /errors/raise
    Then the header Content-Type is "text/html; charset=utf-8"
    And the body is exactly these lines, each ending with a newline:
      """
      <!doctype html>
      <html lang=en>
      <title>500 Internal Server Error</title>
      <h1>Internal Server Error</h1>
      <p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>
      """

  @id:errors.handler_returning_none @spec:ERR-10 @core
  Scenario: An error handler that returns None answers 500
    When the client sends GET /errors/silent/raise
    Then the status is 500
