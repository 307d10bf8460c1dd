@json_bodies
Feature: A JSON body sent with another content type
  get_json() and request.json load nothing unless the Content-Type says JSON: a body
  sent as text/plain, as a form, as text/json or with no Content-Type, and a GET with no
  body, are answered 415 Unsupported Media Type, whose page says why.
  Source: Werkzeug Request.get_json, Request.on_json_loading_failed; catalogue JREQ-2, NOTE-15.
  Versions: Werkzeug 2.2 (Flask 2.2) answers 400 Bad Request with the generic description; 415 since Werkzeug 2.3.0.

  @id:json_bodies.other_type_415 @spec:JREQ-2 @spec:NOTE-15 @core
  Scenario Outline: get_json() refuses a body that is not typed as JSON
    When the client sends POST /json_bodies/get-json with the body '{"name": "ada"}' <sent>
    Then the status is 415

    Examples:
      | sent                                   |
      | as text/plain                          |
      | as application/x-www-form-urlencoded   |
      | as text/json                           |
      | without a Content-Type                 |

  @id:json_bodies.get_without_body_415 @spec:JREQ-2 @core
  Scenario: get_json() in a GET without a body answers 415
    When the client sends GET /json_bodies/get-json
    Then the status is 415

  @id:json_bodies.json_attribute_refuses_other_type @spec:JREQ-2 @core
  Scenario: request.json refuses a body that is not typed as JSON
    When the client sends POST /json_bodies/property with the body '{"name": "ada"}' as text/plain
    Then the status is 415

  @id:json_bodies.other_type_page @spec:JREQ-2 @flask
  Scenario: The 415 answer is Werkzeug's page saying JSON was not attempted
    When the client sends POST /json_bodies/get-json with the body '{"name": "ada"}' as text/plain
    Then the header Content-Type is "text/html; charset=utf-8"
    And the body is exactly these lines, each ending with a newline:
      """
      <!doctype html>
      <html lang=en>
      <title>415 Unsupported Media Type</title>
      <h1>Unsupported Media Type</h1>
      <p>Did not attempt to load JSON data because the request Content-Type was not &#39;application/json&#39;.</p>
      """
