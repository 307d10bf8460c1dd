@sessions
Feature: Emptying the session
  A session the view empties is deleted: its cookie is expired at the epoch with Max-Age=0
  and keeps its attributes. Clearing deletes the cookie even when the client sent none;
  popping a key the session does not hold changes nothing.
  Source: Flask docs, Sessions; Werkzeug Response.delete_cookie; catalogue SESS-6.

  @id:sessions.emptied_session_deleted @spec:SESS-6 @core
  Scenario Outline: Emptying the session deletes its cookie
    Given the client's session holds {"user": "alice"}
    When the client sends POST <path>
    Then the Set-Cookie header for session is "session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/"

    Examples:
      | path               |
      | /sessions/clear    |
      | /sessions/pop/user |

  @id:sessions.clear_without_cookie @spec:SESS-6 @core
  Scenario: Clearing deletes the cookie even when the client sent none
    When the client sends POST /sessions/clear
    Then the Set-Cookie header for session is "session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/"

  @id:sessions.pop_missing_key @spec:SESS-6 @core
  Scenario: Popping a key the session does not hold sets no cookie
    Given the client's session holds {"user": "alice"}
    When the client sends POST /sessions/pop/missing
    Then the status is 200
    And the response sets no cookie
