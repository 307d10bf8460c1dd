@limits
Feature: MAX_CONTENT_LENGTH and the raw body
  MAX_CONTENT_LENGTH (100 bytes at /limits/capped) holds for every read of the body, not
  only the form: get_data(), get_json() and request.stream answer 413 for a longer body,
  and read a body of the limit whole.
  Source: Werkzeug Request.stream, get_input_stream (max_content_length); catalogue LIMIT-2, NOTE-18.
  Versions: Werkzeug 2.2 (Flask 2.2) checks the limit only when parsing a form: get_data(), get_json() and the stream read the whole body (Werkzeug 2.3.0, pallets/werkzeug#1513).

  @id:limits.body_read_over_limit @spec:LIMIT-2 @spec:NOTE-18 @core @security
  Scenario Outline: Reading a body over MAX_CONTENT_LENGTH answers 413
    When the client sends POST /limits/capped/<read> with <body> of 101 bytes
    Then the status is 413

    Examples:
      | read   | body        |
      | data   | a body      |
      | json   | a JSON body |
      | stream | a body      |

  @id:limits.body_read_within_limit @spec:LIMIT-2 @core @security
  Scenario Outline: A body of MAX_CONTENT_LENGTH bytes is read whole
    When the client sends POST /limits/capped/<read> with <body> of 100 bytes
    Then the status is 200
    And the JSON body is {"bytes": 100}

    Examples:
      | read   | body        |
      | data   | a body      |
      | json   | a JSON body |
      | stream | a body      |
