@json_bodies
Feature: Reading a JSON request body
  get_json() and request.json parse the body when the Content-Type is application/json,
  with or without a charset parameter, or an application/*+json type. Any JSON text is a
  document, scalars included: null loads as None. Nesting within the recursion limit loads.
  Source: Werkzeug Request.get_json, Request.is_json; catalogue JREQ-1, JREQ-6.

  @id:json_bodies.parsed_by_content_type @spec:JREQ-1 @core
  Scenario Outline: A JSON body is parsed under each JSON content type
    When the client sends POST /json_bodies/get-json with the body '{"name": "ada"}' as <content type>
    Then the status is 200
    And the JSON body is {"json": {"name": "ada"}}

    Examples:
      | content type                    |
      | application/json                |
      | application/json; charset=utf-8 |
      | application/vnd.api+json        |

  @id:json_bodies.scalar_documents @spec:JREQ-1 @core
  Scenario Outline: A JSON scalar or array is a whole document
    When the client sends POST /json_bodies/get-json with the body '<document>' as application/json
    Then the status is 200
    And the JSON body is {"json": <document>}

    Examples:
      | document     |
      | null         |
      | "text"       |
      | "中文"       |
      | 42           |
      | true         |
      | [1, "two"]   |

  @id:json_bodies.json_attribute_parses @spec:JREQ-1 @core
  Scenario: request.json parses the body like get_json()
    When the client sends POST /json_bodies/property with the body '{"name": "ada"}' as application/json
    Then the status is 200
    And the JSON body is {"json": {"name": "ada"}}

  @id:json_bodies.nested_ten_levels @spec:JREQ-6 @core
  Scenario: A JSON body nested ten levels deep loads
    When the client sends POST /json_bodies/get-json with a JSON array nested 10 levels deep
    Then the status is 200
    And the JSON body is {"json": [[[[[[[[[[]]]]]]]]]]}

  @id:json_bodies.any_document_round_trips @spec:JREQ-1 @core @property
  Scenario: Any JSON document posted as application/json is what get_json() gives
    When the client generates JSON documents, written with and without \u escapes
    Then POST /json_bodies/get-json with each of them as application/json answers {"json": the document}
