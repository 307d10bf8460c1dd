@real_servers
Feature: The answer to HEAD on the wire
  A server answers HEAD with the status and headers GET would get, Content-Length
  included, and no content: not one byte follows the header block (RFC 9110 9.3.2).
  The app must send no body to HEAD (Werkzeug's responses send none): waitress, wsgiref's
  and Werkzeug's servers all send on the wire whatever body the app gives.
  Source: RFC 9110 section 9.3.2; Werkzeug Response.get_app_iter; catalogue SRV-1.

  @id:real_servers.head_sends_no_body_bytes @spec:SRV-1 @core @live_only
  Scenario: HEAD is answered with the GET Content-Length and no body bytes
    When the client writes the request line "HEAD /real_servers/page HTTP/1.1" on a connection of its own
    Then the status is 200
    And the header Content-Length is "21"
    And the server sent nothing after the header block
