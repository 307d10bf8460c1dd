@sessions
Feature: Cookies the app did not sign
  A session cookie with a bad signature (another key, a forged payload, any altered
  character) or no structure at all is ignored: the session is silently empty, the
  response is an ordinary 200, and no cookie is set unless the view writes the session.
  Only a bad signature is forgiven: a cookie signed with the app's own key whose payload the
  tagged JSON serializer cannot load (a tag over a value of the wrong kind) raises in
  open_session, which catches BadSignature alone, so the request is a 500 before any view runs.
  Source: Flask docs, Sessions; itsdangerous BadSignature and BadPayload; catalogue SESS-5, SESS-20.

  @id:sessions.other_key_ignored @spec:SESS-5 @flask
  Scenario: A cookie signed with another key gives an empty session
    Given the client holds a session cookie {"user": "alice"} signed with the key "not-the-secret-key"
    When the client sends GET /sessions/dump
    Then the status is 200
    And the JSON body is {}
    And the response sets no cookie

  @id:sessions.forged_payload_ignored @spec:SESS-5 @flask
  Scenario: A forged payload under a genuine signature gives an empty session
    Given the client holds a session cookie {"user": "admin"} under the signature of {"user": "alice"}
    When the client sends GET /sessions/dump
    Then the status is 200
    And the JSON body is {}
    And the response sets no cookie

  @id:sessions.garbage_ignored @spec:SESS-5 @core
  Scenario: A malformed session cookie gives an empty session
    Given the client holds the session cookie "not-a-signed-session"
    When the client sends GET /sessions/dump
    Then the status is 200
    And the JSON body is {}
    And the response sets no cookie

  @id:sessions.write_replaces_bad_cookie @spec:SESS-5 @flask
  Scenario: Writing after a rejected cookie issues a fresh signed cookie
    Given the client holds a session cookie {"user": "alice"} signed with the key "not-the-secret-key"
    When the client sends POST /sessions/store with the JSON {"role": "guest"}
    Then the session cookie is signed with the contract key and holds {"role":"guest"}

  @id:sessions.altered_cookie_ignored @spec:SESS-5 @core @property
  Scenario: Changing any character of the session cookie empties the session
    Given the client's session holds {"user": "alice"}
    When the client alters one character of its session cookie in generated ways
    Then GET /sessions/dump answers each of them with an empty session

  @id:sessions.unloadable_payload_fails @spec:SESS-20 @flask
  Scenario: A signed cookie whose tagged value cannot be loaded is a 500
    Given the client holds a session cookie {"id": {" u": "not-a-uuid"}} signed with the contract key
    When the client sends GET /sessions/dump
    Then the status is 500
    And the response sets no cookie
