@flashing
Feature: Flashed messages reach the next request, once
  A message flashed in one request is kept in the session for a later request, which
  gets every message in the order they were flashed and removes them: a request after
  that gets none. Reading the last messages deletes the session cookie.
  Source: Flask docs, "Message Flashing"; flask.flash, flask.get_flashed_messages; catalogue FLASH-1, FLASH-2, FLASH-6, NOTE-9.

  @id:flashing.next_request_gets_messages @spec:FLASH-1 @core
  Scenario: The next request gets the flashed messages in order
    When the client sends GET /flashing/flash
    And the client sends GET /flashing/messages
    Then the JSON body is ["first", "second", "third"]

  @id:flashing.last_read_deletes_session_cookie @spec:FLASH-1 @flask
  Scenario: Reading the last messages deletes the session cookie
    When the client sends GET /flashing/flash
    And the client sends GET /flashing/messages
    Then the Set-Cookie header for session is "session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/"

  @id:flashing.messages_come_once @spec:FLASH-2 @spec:NOTE-9 @core
  Scenario: A request after the one that read the messages gets none
    When the client sends GET /flashing/flash
    And the client sends GET /flashing/messages
    And the client sends GET /flashing/messages
    Then the JSON body is []

  @id:flashing.messages_survive_redirect @spec:FLASH-6 @core
  Scenario: Flashed messages survive the redirect that follows them
    When the client sends GET /flashing/flash
    And the client follows the redirect
    Then the JSON body is ["first", "second", "third"]
