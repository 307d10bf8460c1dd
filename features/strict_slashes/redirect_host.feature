@strict_slashes
Feature: The host of the slash redirect
  The slash redirect's absolute Location is built from the request's Host header, and
  Werkzeug converts every Location to a URI when it sends the response. A Host whose port
  is out of range (over 65535) makes no URL: reading the port raises ValueError, and the
  app answers 500 instead of the redirect.
  Source: Werkzeug Response.get_wsgi_headers and urls.iri_to_uri; Python urllib.parse SplitResult.port; catalogue SLASH-7.
  Versions: Werkzeug 2.2 and 2.3 send an ASCII Location unconverted (Werkzeug 3.0.3 removed that shortcut): a 308 to http://localhost:65536/slashes/dir/.

  @id:strict_slashes.host_port_out_of_range @spec:SLASH-7 @flask
  Scenario: A Host port out of range turns the slash redirect into a 500
    Given the client sends every request with the header Host: localhost:65536
    When the client sends GET /slashes/dir
    Then the status is 500
