@cookies
Feature: How request.cookies reads the Cookie header
  request.cookies is a MultiDict of the Cookie header's pairs, split at semicolons, each at
  its first equals sign: a name sent twice keeps both values, get gives the first and
  getlist all of them in order. A pair without an equals sign is a name with an empty
  value. Values are not percent-decoded. The header's bytes are read as latin-1, as PEP
  3333 hands them over: raw UTF-8 bytes give one character per byte.
  Source: Flask docs, Request.cookies (Werkzeug sansio Request.cookies, http.parse_cookie); catalogue COOKIE-8.
  Versions: Werkzeug 2.2 decodes the header's bytes as UTF-8 (Werkzeug 2.3.0 "Refactor parse_cookie", pallets/werkzeug#2637).

  @id:cookies.duplicate_name_first_wins @spec:COOKIE-8 @core
  Scenario: A cookie name sent twice reads as its first value, both kept
    When the client sends GET /cookies/read/dup with the raw Cookie header dup=1; dup=2
    Then the status is 200
    And the JSON body is {"get": "1", "getlist": ["1", "2"]}

  @id:cookies.value_keeps_equals @spec:COOKIE-8 @core
  Scenario: A pair is split at its first equals sign
    When the client sends GET /cookies/read/x with the raw Cookie header x=a=b
    Then the JSON body is {"get": "a=b", "getlist": ["a=b"]}

  @id:cookies.percent_escapes_kept @spec:COOKIE-8 @flask
  Scenario: Percent escapes in a cookie value are not decoded
    When the client sends GET /cookies/read/k with the raw Cookie header k=%E5%BC%A0
    Then the JSON body is {"get": "%E5%BC%A0", "getlist": ["%E5%BC%A0"]}

  @id:cookies.nameless_pair @spec:COOKIE-8 @flask
  Scenario: A pair without an equals sign is a name with an empty value
    When the client sends GET /cookies/received with the raw Cookie header bad cookie
    Then the JSON body is {"bad cookie": [""]}

  @id:cookies.raw_utf8_as_latin1 @spec:COOKIE-8 @flask
  Scenario: Raw UTF-8 bytes in the Cookie header read as one character a byte
    When the client sends GET /cookies/read/k with the raw Cookie header k=张三
    Then the JSON body is {"get": "\u00e5\u00bc\u00a0\u00e4\u00b8\u0089", "getlist": ["\u00e5\u00bc\u00a0\u00e4\u00b8\u0089"]}
