@request
Feature: Which content types are JSON
  request.is_json is true for application/json, with or without parameters, and for any
  application/*+json type; any other type is not JSON.
  Source: Werkzeug Request.is_json; catalogue REQ-9.

  @id:request.is_json_types @spec:REQ-9 @core
  Scenario Outline: A <content_type> body is JSON
    When the client sends POST /request/is-json with the <content_type> body "{}"
    Then the request's is_json is true

    Examples:
      | content_type                    |
      | application/json                |
      | application/json; charset=utf-8 |
      | application/vnd.api+json        |

  @id:request.is_json_other_types @spec:REQ-9 @flask
  Scenario Outline: A <content_type> body is not JSON
    When the client sends POST /request/is-json with the <content_type> body "{}"
    Then the request's is_json is false

    Examples:
      | content_type                      |
      | text/plain                        |
      | text/json                         |
      | application/x-www-form-urlencoded |
      | application/jsonp                 |
