@sessions
Feature: Permanent sessions
  A permanent session's cookie expires PERMANENT_SESSION_LIFETIME from now (31 days by
  default; an int counts seconds), through Expires and without Max-Age. It is sent again
  on every request, touched or not, unless SESSION_REFRESH_EACH_REQUEST is off.
  Source: Flask docs, Sessions (session.permanent) and Configuration; catalogue SESS-4, SESS-9, SESS-10.

  @id:sessions.permanent_expires @spec:SESS-9 @core
  Scenario: A permanent session cookie expires in 31 days
    When the client sends POST /sessions/permanent
    Then the cookie session expires 31 days from now, without Max-Age

  @id:sessions.permanent_int_lifetime @spec:SESS-9 @core
  Scenario: An int PERMANENT_SESSION_LIFETIME counts seconds
    When the client sends POST /sessions/hourly/permanent
    Then the cookie session expires 3600 seconds from now, without Max-Age

  @id:sessions.permanent_refreshed @spec:SESS-10 @core
  Scenario: A permanent session cookie is sent again on every request
    Given the client's session is permanent
    When the client sends GET /sessions/untouched
    Then the cookie session expires 31 days from now, without Max-Age

  @id:sessions.refresh_off @spec:SESS-10 @core
  Scenario: With refresh off an untouched permanent session sets no cookie
    Given the client's session is permanent at /sessions/no-refresh
    When the client sends GET /sessions/no-refresh/untouched
    Then the status is 200
    And the response sets no cookie

  @id:sessions.permanent_flag_in_payload @spec:SESS-4 @flask
  Scenario: A permanent session carries _permanent in its cookie
    Given the client's session holds {"user": "alice"}
    When the client sends POST /sessions/permanent
    Then the session cookie is signed with the contract key and holds {"_permanent":true,"user":"alice"}
