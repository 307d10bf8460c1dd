@responses
Feature: The JSON text jsonify writes
  jsonify answers its argument as compact JSON text (no spaces after , and :), with the
  keys of every object sorted, every character outside ASCII escaped as \uXXXX, and a
  newline at the end, labelled application/json without a charset.
  Source: Flask docs, flask.json.jsonify, DefaultJSONProvider; catalogue JSON-1.

  @id:responses.jsonify_compact_sorted_escaped @spec:JSON-1 @core
  Scenario: jsonify writes compact JSON, keys sorted, non-ASCII escaped
    When the client sends GET /responses/jsonify/document
    Then the status is 200
    And the header Content-Length is "40"
    And the body is exactly these lines, each ending with a newline:
      """
      {"a":[1,2],"b":1,"name":"\u5f20\u4e09"}
      """

  @id:responses.jsonify_content_type @spec:JSON-1 @core
  Scenario: jsonify labels its answer application/json without a charset
    When the client sends GET /responses/jsonify/document
    Then the header Content-Type is "application/json"
