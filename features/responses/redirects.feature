@responses
Feature: The answer of redirect()
  redirect() answers 302 Found, a temporary redirect, unless given another code. Its
  Location is the target exactly as given: a relative target stays relative. The body is
  a small HTML page that links the target; a HEAD request gets the same headers and no body.
  Source: Flask docs, flask.redirect; werkzeug.utils.redirect; catalogue REDIR-1, NOTE-1.

  @id:responses.redirect_302_found @spec:REDIR-1 @spec:NOTE-1 @core
  Scenario: redirect() answers 302 with the Location as given
    When the client sends GET /responses/redirect
    Then the status is 302
    And the header Location is "/responses/target"

  @id:responses.redirect_codes @spec:REDIR-1 @core
  Scenario Outline: redirect() answers with the code it is given
    When the client sends GET /responses/redirect/<code>
    Then the status is <code>
    And the header Location is "/responses/target"

    Examples:
      | code |
      | 301  |
      | 303  |
      | 307  |
      | 308  |

  @id:responses.redirect_reason_phrases @spec:REDIR-1 @flask
  Scenario Outline: A redirect's status carries Werkzeug's upper-case reason
    When the client sends GET /responses/redirect/<code>
    Then the status is <code> with the reason phrase "<reason>"

    Examples:
      | code | reason             |
      | 301  | MOVED PERMANENTLY  |
      | 303  | SEE OTHER          |
      | 307  | TEMPORARY REDIRECT |
      | 308  | PERMANENT REDIRECT |

  @id:responses.redirect_keeps_relative_target @spec:REDIR-1 @core
  Scenario: A target relative to the current path stays relative
    When the client sends GET /responses/redirect/relative
    Then the status is 302
    And the header Location is "target"

  @id:responses.redirect_body_page @spec:REDIR-1 @flask
  Scenario: The body of a redirect is an HTML page linking the target
    When the client sends GET /responses/redirect
    Then the header Content-Type is "text/html; charset=utf-8"
    And the header Content-Length is "221"
    And the body is exactly these lines, each ending with a newline:
      """
      <!doctype html>
      <html lang=en>
      <title>Redirecting...</title>
      <h1>Redirecting...</h1>
      <p>You should be redirected automatically to the target URL: <a href="/responses/target">/responses/target</a>. If not, click the link.
      """

  @id:responses.redirect_head @spec:REDIR-1 @core
  Scenario: A HEAD request to a redirect gets its headers and no body
    When the client sends HEAD /responses/redirect
    Then the status is 302
    And the header Location is "/responses/target"
    And the header Content-Length is "221"
    And the body is empty
