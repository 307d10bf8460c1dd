@routing
Feature: The uuid converter
  uuid matches the canonical 8-4-4-4-12 hexadecimal form, in either case, and passes a
  uuid.UUID. Other spellings that Python's UUID would parse do not match.
  Source: Werkzeug routing, UUIDConverter; catalogue CONV-8.

  @id:routing.uuid_canonical @spec:CONV-8 @core
  Scenario: A canonical UUID reaches the view as a UUID
    When the client sends GET /routing/uuid/12345678-90ab-cdef-1234-567890abcdef
    Then the view receives the UUID "12345678-90ab-cdef-1234-567890abcdef"

  @id:routing.uuid_upper_case @spec:CONV-8 @core
  Scenario: An upper-case UUID matches and is the same UUID
    When the client sends GET /routing/uuid/12345678-90AB-CDEF-1234-567890ABCDEF
    Then the view receives the UUID "12345678-90ab-cdef-1234-567890abcdef"

  @id:routing.uuid_other_forms @spec:CONV-8 @core
  Scenario Outline: Another spelling of a UUID is not found
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path                                                        |
      | /routing/uuid/1234567890abcdef1234567890abcdef              |
      | /routing/uuid/%7B12345678-90ab-cdef-1234-567890abcdef%7D    |
      | /routing/uuid/urn:uuid:12345678-90ab-cdef-1234-567890abcdef |
      | /routing/uuid/12345678-90ab-cdef-1234-567890abcdeg          |
      | /routing/uuid/12345678-90ab-cdef-1234-567890abcde           |
