@sessions
Feature: The age of a session cookie
  The app checks the signing time of every session cookie, permanent or not: a signature
  older than PERMANENT_SESSION_LIFETIME (31 days) or dated in the future gives an empty
  session.
  Source: Flask docs, Configuration (PERMANENT_SESSION_LIFETIME); itsdangerous TimestampSigner max_age; catalogue SESS-11.

  @id:sessions.cookie_30_days_old_accepted @spec:SESS-11 @flask
  Scenario: A cookie signed 30 days ago is accepted
    Given the client holds a session cookie {"user": "alice"} signed with the contract key 30 days ago
    When the client sends GET /sessions/dump
    Then the JSON body is {"user": "alice"}

  @id:sessions.cookie_32_days_old_ignored @spec:SESS-11 @flask
  Scenario: A cookie signed 32 days ago gives an empty session
    Given the client holds a session cookie {"user": "alice"} signed with the contract key 32 days ago
    When the client sends GET /sessions/dump
    Then the status is 200
    And the JSON body is {}

  @id:sessions.cookie_from_future_ignored @spec:SESS-11 @flask
  Scenario: A cookie dated in the future gives an empty session
    Given the client holds a session cookie {"user": "alice"} signed with the contract key 1 day in the future
    When the client sends GET /sessions/dump
    Then the status is 200
    And the JSON body is {}
