@responses
Feature: The settings of the app's JSON provider
  app.json holds the settings jsonify writes with: sort_keys=False keeps the order of the
  keys, ensure_ascii=False writes non-ASCII text as UTF-8, compact=False indents by two
  spaces. In debug mode (and compact left unset) jsonify indents too. Each setting here is
  on an app of its own, mounted at /responses/json-<setting>, answering the same document.
  Source: Flask docs, flask.json.provider.DefaultJSONProvider; catalogue JSON-2, JSON-3.

  @id:responses.json_unsorted_keeps_order @spec:JSON-3 @core
  Scenario: With sort_keys off jsonify keeps the keys in their order
    When the client sends GET /responses/json-unsorted/document
    Then the status is 200
    And the body is exactly these lines, each ending with a newline:
      """
      {"b":1,"a":[1,2],"name":"\u5f20\u4e09"}
      """

  @id:responses.json_raw_utf8 @spec:JSON-3 @core
  Scenario: With ensure_ascii off jsonify writes non-ASCII text as UTF-8
    When the client sends GET /responses/json-raw-utf8/document
    Then the status is 200
    And the header Content-Length is "34"
    And the body is the JSON text {"a":[1,2],"b":1,"name":"张三"} and a newline

  @id:responses.json_not_compact_indents @spec:JSON-3 @core
  Scenario: With compact off jsonify indents by two spaces
    When the client sends GET /responses/json-pretty/document
    Then the status is 200
    And the body is exactly these lines, each ending with a newline:
      """
      {
        "a": [
          1,
          2
        ],
        "b": 1,
        "name": "\u5f20\u4e09"
      }
      """

  @id:responses.json_debug_indents @spec:JSON-2 @flask
  Scenario: In debug mode jsonify indents by two spaces
    When the client sends GET /responses/json-debug/document
    Then the status is 200
    And the header Content-Length is "66"
    And the body is exactly these lines, each ending with a newline:
      """
      {
        "a": [
          1,
          2
        ],
        "b": 1,
        "name": "\u5f20\u4e09"
      }
      """
