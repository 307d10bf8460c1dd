@flashing
Feature: Flash an error, then redirect to the page that shows it
  A view that cannot answer flashes an error message and redirects with 302 to an error
  page; the error page reads and shows the message. A message waits in the session
  until a page reads it, whatever requests come in between.
  Source: Flask docs, "Message Flashing" and flask.redirect; catalogue FLASH-1, FLASH-6, REDIR-1, NOTE-1.

  @id:flashing.flow_redirects_to_error_page @spec:FLASH-6 @spec:REDIR-1 @spec:NOTE-1 @core
  Scenario: A failed lookup redirects with 302 to the error page
    When the client sends GET /flashing/lookup?v=bad
    Then the status is 302
    And the header Location is "/flashing/error"

  @id:flashing.flow_error_page_shows_message @spec:FLASH-6 @core
  Scenario: The error page shows the flashed message
    When the client sends GET /flashing/lookup?v=bad
    And the client follows the redirect
    Then the status is 200
    And the body is "errors: request timed out"

  @id:flashing.flow_message_waits_for_reader @spec:FLASH-1 @core
  Scenario: A flashed message waits for the page that reads it
    When the client sends GET /flashing/lookup?v=bad
    And the client sends GET /flashing/lookup?v=ok
    And the client sends GET /flashing/error
    Then the body is "errors: request timed out"
