@real_servers
Feature: A method token in lower case
  Method tokens are case-sensitive (RFC 9110 9.1): "purge" is not "PURGE", and a server
  may refuse a token it does not take. waitress refuses every token with a lower-case
  letter, 400 ("Malformed HTTP method"), before any app runs. wsgiref's and Werkzeug's
  servers pass it on as REQUEST_METHOD, and Werkzeug's request upper-cases it, so the
  view that lists PURGE answers. Each scenario runs on the servers it names.
  Source: RFC 9110 section 9.1; waitress parser.crack_first_line; Werkzeug sansio.request.Request; catalogue SRV-2.

  @id:real_servers.lowercase_method_refused_by_waitress @spec:SRV-2 @core @live_only
  Scenario: waitress answers a lower-case method token with 400
    Given the app is served by waitress
    When the client writes the request line "purge /real_servers/methods HTTP/1.1" on a connection of its own
    Then the status is 400

  @id:real_servers.lowercase_method_upper_cased @spec:SRV-2 @flask @live_only
  Scenario: A lower-case method token passed on is upper-cased by the request
    Given the app is served by wsgiref or werkzeug
    When the client writes the request line "purge /real_servers/methods HTTP/1.1" on a connection of its own
    Then the status is 200
    And the body is "method PURGE"
