@responses
Feature: A dict or a list returned by a view
  A view that returns a dict or a list answers it as JSON, as jsonify would: the body is
  the compact, sorted JSON text and a newline, labelled application/json. A dict or a list
  may be the body of a tuple, with a status and headers.
  Source: Flask docs, Quickstart "APIs with JSON"; Flask.make_response; catalogue RESP-3, NOTE-22.

  @id:responses.dict_is_json @spec:RESP-3 @core
  Scenario: A returned dict answers as JSON
    When the client sends GET /responses/return/dict
    Then the status is 200
    And the header Content-Type is "application/json"
    And the header Content-Length is "18"
    And the body is the JSON text {"a":[1,2],"b":1} and a newline

  @id:responses.list_is_json @spec:RESP-3 @spec:NOTE-22 @core
  Scenario: A returned list answers as JSON, in its own order
    When the client sends GET /responses/return/list
    Then the status is 200
    And the header Content-Type is "application/json"
    And the header Content-Length is "10"
    And the body is the JSON text ["b","a"] and a newline

  @id:responses.dict_tuple_status_and_headers @spec:RESP-3 @core
  Scenario: A dict in a tuple answers as JSON with the status and headers
    When the client sends GET /responses/return/dict-status-headers
    Then the status is 201
    And the header X-Extra is "json"
    And the header Content-Type is "application/json"
    And the header Content-Length is "8"
    And the body is the JSON text {"a":1} and a newline

  @id:responses.list_tuple_status @spec:RESP-3 @core
  Scenario: A list in a tuple answers as JSON with the status
    When the client sends GET /responses/return/list-status
    Then the status is 202
    And the header Content-Type is "application/json"
    And the header Content-Length is "6"
    And the body is the JSON text ["a"] and a newline
