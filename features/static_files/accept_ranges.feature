@static_files
Feature: Static file answers advertise byte ranges
  Every answer of the static route says Accept-Ranges: bytes: the whole file, a 304
  and a 206 alike.
  Source: Werkzeug Response.make_conditional(accept_ranges=True); RFC 9110 14.3; catalogue STATIC-2.
  Versions: Werkzeug before 3.1.6 (Flask 2.2 to 3.1.0 stacks) sends Accept-Ranges only on a 206.

  @id:static_files.accept_ranges_full @spec:STATIC-2 @flask
  Scenario: The whole file answer says Accept-Ranges: bytes
    When the client sends GET /static_files/static/range.txt
    Then the status is 200
    And the header Accept-Ranges is "bytes"

  @id:static_files.accept_ranges_not_modified @spec:STATIC-2 @flask
  Scenario: A 304 answer says Accept-Ranges: bytes
    Given the client sends every request with the header If-None-Match: *
    When the client sends GET /static_files/static/range.txt
    Then the status is 304
    And the header Accept-Ranges is "bytes"

  @id:static_files.accept_ranges_partial @spec:STATIC-2 @flask
  Scenario: A 206 answer says Accept-Ranges: bytes
    Given the client sends every request with the header Range: bytes=0-3
    When the client sends GET /static_files/static/range.txt
    Then the status is 206
    And the header Accept-Ranges is "bytes"
