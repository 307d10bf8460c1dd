@responses
Feature: What jsonify accepts and how it writes each value
  jsonify takes one value, several (a list), or keywords (an object), not both. Beside
  the JSON types it writes dates and datetimes as HTTP dates (in GMT), a UUID and a
  Decimal as strings, a dataclass as an object and a tuple as a list; what it cannot
  write (a set, keys that cannot be sorted) is an error, answered 500.
  Source: Flask docs, flask.json.jsonify, DefaultJSONProvider.default; catalogue JSON-5.

  @id:responses.jsonify_writes_values @spec:JSON-5 @core
  Scenario Outline: jsonify writes each kind of value as the JSON text given
    When the client sends GET /responses/jsonify/<case>
    Then the status is 200
    And the header Content-Type is "application/json"
    And the body is the JSON text <text> and a newline

    Examples: what it is given
      | case      | text                                   |
      | keywords  | {"a":"x","b":1}                        |
      | arguments | [1,2,3]                                |
      | string    | "x"                                    |
      | none      | null                                   |

    Examples: the types it converts
      | case      | text                                   |
      | datetime  | "Tue, 02 Jan 2024 03:04:05 GMT"        |
      | date      | "Tue, 02 Jan 2024 00:00:00 GMT"        |
      | uuid      | "00000000-0000-0000-0000-000000000001" |
      | decimal   | "1.10"                                 |
      | markup    | "<b>"                                  |
      | tuple     | [1,2]                                  |
      | dataclass | {"label":"b","x":2}                    |

  @id:responses.jsonify_refuses_values @spec:JSON-5 @core
  Scenario Outline: jsonify of what JSON cannot write answers 500
    When the client sends GET /responses/jsonify-error/<case>
    Then the status is 500

    Examples:
      | case                   |
      | set                    |
      | mixed-keys             |
      | arguments-and-keywords |
