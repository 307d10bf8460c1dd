@sessions
Feature: The signed cookie format
  The session cookie is signed, not encrypted: <payload>.<timestamp>.<signature>. The
  payload is readable base64url JSON (sorted keys, non-ASCII escaped), zlib-compressed
  behind a "." when that is shorter; the signature is HMAC-SHA1 under a key derived from
  SECRET_KEY with the salt "cookie-session". A cookie made that way elsewhere is accepted.
  Source: Flask docs, Sessions; itsdangerous URLSafeTimedSerializer; catalogue SESS intro, SESS-3, SESS-4.

  @id:sessions.cookie_is_signed_json @spec:SESS-3 @flask
  Scenario: The session cookie holds the session as sorted ASCII JSON
    When the client sends POST /sessions/store with the JSON {"zh": "张三", "user": "alice"}
    Then the session cookie is signed with the contract key and holds {"user":"alice","zh":"\u5f20\u4e09"}

  @id:sessions.cookie_compressed @spec:SESS-3 @flask
  Scenario: A payload that zlib shortens is sent compressed
    When the client sends POST /sessions/store with the JSON {"note": "la la la la la la la la la la la la"}
    Then the session cookie payload is compressed with zlib
    And the session cookie is signed with the contract key and holds {"note":"la la la la la la la la la la la la"}

  @id:sessions.tagged_json @spec:SESS-4 @flask
  Scenario: Tuples, bytes, datetimes, UUIDs and Markup are tagged in the JSON
    When the client sends POST /sessions/typed
    Then the session cookie is signed with the contract key and holds {"bytes":{" b":"AP8="},"datetime":{" d":"Tue, 02 Jan 2024 03:04:05 GMT"},"markup":{" m":"<b>x</b>"},"tuple":{" t":[1,2]},"uuid":{" u":"00000000000000000000000000000001"}}

  @id:sessions.flashes_tagged @spec:SESS-4 @spec:FLASH-1 @flask
  Scenario: Flashed messages are stored as tagged category-message pairs
    When the client sends GET /flashing/flash
    Then the session cookie is signed with the contract key and holds {"_flashes":[{" t":["message","first"]},{" t":["error","second"]},{" t":["info","third"]}]}

  @id:sessions.client_signed_cookie_accepted @spec:SESS-3 @flask
  Scenario: A cookie signed elsewhere with the secret key is accepted
    Given the client holds a session cookie {"user": "alice"} signed with the contract key
    When the client sends GET /sessions/dump
    Then the JSON body is {"user": "alice"}

  @id:sessions.client_compressed_cookie_accepted @spec:SESS-3 @flask
  Scenario: A compressed cookie signed elsewhere is accepted
    Given the client holds a session cookie {"note": "la la la la la la la la la la la la"} signed with the contract key
    When the client sends GET /sessions/dump
    Then the JSON body is {"note": "la la la la la la la la la la la la"}
