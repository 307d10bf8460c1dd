@sessions
Feature: When the session is saved
  The cookie is sent only when the session changed: a request that leaves a non-permanent
  session alone sets no cookie, and a change inside a nested value goes unseen unless the
  view sets session.modified. A change made before an error response is saved all the same,
  and a cookie over the 4093-byte MAX_COOKIE_SIZE is still sent.
  Source: Flask docs, Sessions (session.modified) and Configuration (MAX_COOKIE_SIZE); catalogue SESS-7, SESS-8, SESS-18, SESS-19.

  @id:sessions.unmodified_not_saved @spec:SESS-7 @core
  Scenario Outline: A request that does not change the session sets no cookie
    Given the client's session holds {"user": "alice"}
    When the client sends GET <path>
    Then the status is 200
    And the response sets no cookie

    Examples:
      | path                |
      | /sessions/untouched |
      | /sessions/get/user  |
      | /sessions/dump      |

  @id:sessions.nested_change_not_saved @spec:SESS-8 @core
  Scenario: A change inside a nested value is not saved
    Given the client's session holds {"items": [0]}
    When the client sends POST /sessions/append/items
    And the client sends POST /sessions/append/items
    Then the JSON body is [0, 1]
    And the response sets no cookie

  @id:sessions.modified_flag_saves @spec:SESS-8 @core
  Scenario: Setting session.modified saves a nested change
    Given the client's session holds {"items": [0]}
    When the client sends POST /sessions/append/items?modified=1
    And the client sends GET /sessions/dump
    Then the JSON body is {"items": [0, 1]}

  @id:sessions.saved_on_error @spec:SESS-18 @spec:SESS-17 @core
  Scenario Outline: A session changed before an error response is still saved
    When the client sends POST <path> with the JSON {"user": "alice"}
    Then the status is <status>
    And the cookie session has exactly the attributes HttpOnly; Path=/
    And the header Vary includes Cookie

    Examples:
      | path                       | status |
      | /sessions/store-then-raise | 500    |
      | /sessions/store-then-abort | 404    |

  @id:sessions.oversized_cookie_sent @spec:SESS-19 @core
  Scenario: A session cookie over the 4093-byte limit is still sent
    When the client sends POST /sessions/large
    Then the status is 200
    And the Set-Cookie header for session is longer than 4093 bytes
