@json_bodies
Feature: A malformed JSON body
  A body typed as JSON that does not parse, the empty body included, is answered 400
  Bad Request. With DEBUG off the page carries the generic description, not the
  decoder's message.
  Source: Werkzeug Request.get_json; Flask Request.on_json_loading_failed; catalogue JREQ-3, NOTE-15.

  @id:json_bodies.malformed_400 @spec:JREQ-3 @spec:NOTE-15 @core
  Scenario Outline: A body typed as JSON that does not parse answers 400
    When the client sends POST /json_bodies/get-json with the body '<body>' as application/json
    Then the status is 400

    Examples:
      | body           |
      | {name: "ada"}  |
      | {"name": "ada" |
      |                |
      | [1, 2,]        |
      | "unterminated  |

  @id:json_bodies.malformed_page_generic @spec:JREQ-3 @flask
  Scenario: The 400 page for malformed JSON keeps the decoder's message out
    When the client sends POST /json_bodies/get-json with the body '{name: "ada"}' as application/json
    Then the header Content-Type is "text/html; charset=utf-8"
    And the body is exactly these lines, each ending with a newline:
      """
      <!doctype html>
      <html lang=en>
      <title>400 Bad Request</title>
      <h1>Bad Request</h1>
      <p>The browser (or proxy) sent a request that this server could not understand.</p>
      """
