@errors
Feature: abort() with a status code
  abort(code) ends the request with that code's HTTP error, answered with Werkzeug's
  error page: the code and its name in the title, the standard description, or the
  description given to abort. Raising the exception class is the same as abort. A code
  that has no HTTP error is itself an error of the app: 500.
  Source: Flask docs, Handling Application Errors, flask.abort; Werkzeug exceptions; catalogue ERR-1.

  @id:errors.abort_status @spec:ERR-1 @core
  Scenario Outline: abort answers with the status code it is given
    When the client sends GET /errors/abort/<code>
    Then the status is <code>

    Examples:
      | code |
      | 400  |
      | 401  |
      | 403  |
      | 404  |
      | 410  |
      | 418  |
      | 500  |

  @id:errors.abort_error_page @spec:ERR-1 @flask
  Scenario Outline: The page of an abort is titled with the code and its name
    When the client sends GET /errors/abort/<code>
    Then the header Content-Type is "text/html; charset=utf-8"
    And the body contains "<title><page_title></title>"

    Examples:
      | code | page_title             |
      | 400  | 400 Bad Request        |
      | 403  | 403 Forbidden          |
      | 404  | 404 Not Found          |
      | 418  | 418 I&#39;m a teapot   |

  @id:errors.abort_description @spec:ERR-1 @flask
  Scenario: The description given to abort is the paragraph of its page
    When the client sends GET /errors/abort-described
    Then the status is 404
    And the body contains "<p>no such thing</p>"

  @id:errors.raised_not_found @spec:ERR-1 @core
  Scenario: Raising NotFound answers like abort(404)
    When the client sends GET /errors/raise-not-found
    Then the status is 404

  @id:errors.unauthorized_without_challenge @spec:ERR-1 @flask
  Scenario: abort(401) sends no WWW-Authenticate challenge
    When the client sends GET /errors/abort/401
    Then the status is 401
    And the response has no header WWW-Authenticate

  @id:errors.unknown_abort_code @spec:ERR-1 @core
  Scenario: abort with a code that has no HTTP error answers 500
    When the client sends GET /errors/abort/999
    Then the status is 500
