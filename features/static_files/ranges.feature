@static_files
Feature: Byte ranges of a static file
  A Range of bytes within the file is answered 206 Partial Content with those bytes and
  a Content-Range; a range past the end is clamped to it. A range that selects no byte
  is answered 416 with Content-Range: bytes */<size>, and so, in Werkzeug, are several
  ranges and other units. If-Range sends the range only while the file is unchanged.
  Source: Werkzeug Response.make_conditional, http.parse_range_header; RFC 9110 14; catalogue STATIC-4.

  @id:static_files.range_served @spec:STATIC-4 @core
  Scenario Outline: A byte range of a static file is answered 206 with those bytes
    Given the client sends every request with the header Range: <range>
    When the client sends GET /static_files/static/range.txt
    Then the status is 206
    And the header Content-Range is "<content_range>"
    And the header Content-Length is "<length>"
    And the body is "<bytes>"

    Examples:
      | range        | content_range  | length | bytes      |
      | bytes=0-3    | bytes 0-3/20   | 4      | 0123       |
      | bytes=0-0    | bytes 0-0/20   | 1      | 0          |
      | bytes=10-    | bytes 10-19/20 | 10     | abcdefghij |
      | bytes=-5     | bytes 15-19/20 | 5      | fghij      |
      | bytes=15-100 | bytes 15-19/20 | 5      | fghij      |
      | bytes=19-19  | bytes 19-19/20 | 1      | j          |

  @id:static_files.range_not_satisfiable @spec:STATIC-4 @core
  Scenario Outline: A byte range that selects no byte of the file is answered 416
    Given the client sends every request with the header Range: <range>
    When the client sends GET /static_files/static/range.txt
    Then the status is 416
    And the header Content-Range is "bytes */20"

    Examples:
      | range         |
      | bytes=100-200 |
      | bytes=20-     |

  @id:static_files.range_refused_forms @spec:STATIC-4 @flask
  Scenario Outline: Several ranges, or a unit that is not bytes, are answered 416
    Given the client sends every request with the header Range: <range>
    When the client sends GET /static_files/static/range.txt
    Then the status is 416
    And the header Content-Range is "bytes */20"

    Examples:
      | range         |
      | bytes=0-1,5-6 |
      | items=0-1     |

  @id:static_files.if_range_current @spec:STATIC-4 @core
  Scenario: If-Range with the file's ETag gets the range
    Given the client has fetched /static_files/static/range.txt
    And the client sends every request with the header Range: bytes=0-3
    When the client fetches it again with If-Range set to its ETag
    Then the status is 206
    And the body is "0123"

  @id:static_files.if_range_changed @spec:STATIC-4 @core
  Scenario: If-Range with another ETag gets the whole file
    Given the client sends every request with the header Range: bytes=0-3
    And the client sends every request with the header If-Range: "other"
    When the client sends GET /static_files/static/range.txt
    Then the status is 200
    And the body is "0123456789abcdefghij"

  @id:static_files.head_range @spec:STATIC-4 @core
  Scenario: HEAD with a Range is answered 206 without a body
    Given the client sends every request with the header Range: bytes=0-3
    When the client sends HEAD /static_files/static/range.txt
    Then the status is 206
    And the header Content-Range is "bytes 0-3/20"
    And the body is empty

  @id:static_files.range_property @spec:STATIC-4 @core @property
  Scenario: Any satisfiable byte range gets exactly the bytes it selects
    When the client generates byte ranges of the 20-byte file /static_files/static/range.txt
    Then each is answered with 206, its Content-Range and exactly those bytes of the file
