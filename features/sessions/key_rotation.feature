@sessions
Feature: Secret key rotation
  With SECRET_KEY_FALLBACKS, a cookie signed with a retired key is still accepted, and a
  session saved again is signed with the current SECRET_KEY.
  Source: Flask docs, Configuration (SECRET_KEY_FALLBACKS); GHSA-4grg-w6v8-c28g; catalogue SESS-16.
  Versions: before Flask 3.1.0 the fallbacks are ignored (empty session); 3.1.0 re-signs with the fallback key (CVE-2025-47278).

  @id:sessions.fallback_key_accepted @spec:SESS-16 @flask
  Scenario: A cookie signed with a fallback key is accepted
    Given the client holds a session cookie {"user": "alice"} signed with the key "conformance-old-key"
    When the client sends GET /sessions/rotated/dump
    Then the JSON body is {"user": "alice"}

  @id:sessions.resigned_with_current_key @spec:SESS-16 @flask
  Scenario: A session read with a fallback key is saved with the current key
    Given the client holds a session cookie {"user": "alice"} signed with the key "conformance-old-key"
    When the client sends POST /sessions/rotated/store with the JSON {"seen": 1}
    Then the session cookie is signed with the contract key and holds {"seen":1,"user":"alice"}
