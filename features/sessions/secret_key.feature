@sessions
Feature: An app without a secret key
  Without a SECRET_KEY the session can be read, and is always empty, but writing it is an
  error: the view fails with a 500 and no cookie is set.
  Source: Flask docs, Sessions (secret key); flask.sessions.NullSession; catalogue SESS-1.

  @id:sessions.keyless_read_empty @spec:SESS-1 @core
  Scenario: Without a secret key the session reads as empty
    When the client sends GET /sessions/keyless/get/user
    Then the status is 200
    And the JSON body is {"user": null}

  @id:sessions.keyless_write_fails @spec:SESS-1 @core
  Scenario: Without a secret key writing the session fails with 500
    When the client sends POST /sessions/keyless/store with the JSON {"user": "alice"}
    Then the status is 500
    And the response sets no cookie
