@sessions
Feature: Reading back what was stored
  What a view stores in the session comes back on the client's next request, with the
  types the tagged JSON serializer keeps: tuple, bytes, datetime, UUID and Markup.
  Source: Flask docs, Sessions; flask.json.tag.TaggedJSONSerializer; catalogue SESS-2, SESS-4.

  @id:sessions.value_read_back @spec:SESS-2 @core
  Scenario: A stored value comes back on the next request
    Given the client's session holds {"user": "alice"}
    When the client sends GET /sessions/get/user
    Then the JSON body is {"user": "alice"}

  @id:sessions.any_payload_round_trips @spec:SESS-2 @core @property
  Scenario: Any stored payload comes back on the next request
    When the client stores generated payloads with POST /sessions/store
    Then GET /sessions/dump answers each of them with the stored payload

  @id:sessions.typed_values_round_trip @spec:SESS-4 @core
  Scenario: Tagged types keep their type across requests
    When the client sends POST /sessions/typed
    And the client sends GET /sessions/typed
    Then the JSON body is {"bytes": "bytes", "datetime": "datetime", "markup": "Markup", "tuple": "tuple", "uuid": "UUID"}
