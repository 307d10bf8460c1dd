@cookies
Feature: How a cookie value is written and read back
  set_cookie leaves a value bare when every character is an RFC 6265 cookie-octet; else it
  quotes it, escapes a double quote or backslash with a backslash, and writes a comma, a
  semicolon, a control character and each UTF-8 byte of non-ASCII text as \ and three octal
  digits. request.cookies undoes it, so a value comes back as it was set. The property
  draws no double quote or trailing backslash (requests' jar drops each \" it stores,
  psf/requests#3759; the raw-header rows cover them) and no U+001A..U+001F (Werkzeug
  writes those raw, in a header RFC 9110 forbids).
  Source: Werkzeug http.dump_cookie and parse_cookie; RFC 6265 section 4.1.1; catalogue COOKIE-6.
  Versions: Werkzeug 2.2 also quotes ( ) < > @ [ ] ? { } (Werkzeug 2.3.1 "Cookie values don't quote characters defined in RFC 6265", pallets/werkzeug#2659).

  @id:cookies.quoted_specials @spec:COOKIE-6 @flask
  Scenario Outline: A value with a space, comma, semicolon or quote is quoted
    When the client sends POST /cookies/set-value with the JSON {"value": "<value>"}
    Then the status is 200
    And the Set-Cookie header for k is "<written>"

    Examples:
      | value        | written                 |
      | a b          | k="a b"; Path=/         |
      | a,b          | k="a\054b"; Path=/      |
      | a;b          | k="a\073b"; Path=/      |
      | say \"hi\"   | k="say \"hi\""; Path=/  |
      | back\\\\slash | k="back\\\\slash"; Path=/ |

  @id:cookies.non_ascii_octal_utf8 @spec:COOKIE-6 @flask
  Scenario: A non-ASCII value is quoted with its UTF-8 bytes in octal
    When the client sends POST /cookies/set-value with the JSON {"value": "张三"}
    Then the Set-Cookie header for k is "k="\345\274\240\344\270\211"; Path=/"

  @id:cookies.cookie_octets_bare @spec:COOKIE-6 @flask
  Scenario: A value of RFC 6265 cookie-octets is written bare
    When the client sends POST /cookies/set-value with the JSON {"value": "a=b@(c)[d]{e}<f>?"}
    Then the Set-Cookie header for k is "k=a=b@(c)[d]{e}<f>?; Path=/"

  @id:cookies.empty_value @spec:COOKIE-6 @flask
  Scenario: An empty value is written as nothing after the equals sign
    When the client sends POST /cookies/set-value with the JSON {"value": ""}
    Then the Set-Cookie header for k is "k=; Path=/"

  @id:cookies.quoted_values_read_back @spec:COOKIE-6 @flask
  Scenario Outline: request.cookies undoes the quoting of a value
    When the client sends GET /cookies/read/k with the raw Cookie header <header>
    Then the JSON body is {"get": "<value>", "getlist": ["<value>"]}

    Examples:
      | header                              | value      |
      | k="a b"                             | a b        |
      | k="a\054b"                          | a,b        |
      | k="a\073b"                          | a;b        |
      | k="say \"hi\""                      | say \"hi\" |
      | k="\345\274\240\344\270\211"        | 张三       |

  @id:cookies.values_round_trip @spec:COOKIE-6 @core @property
  Scenario: Values with spaces, commas, semicolons and non-ASCII round-trip
    When the client generates cookie values with spaces, commas, semicolons, single quotes and non-ASCII
    Then each value that POST /cookies/set-value sets as the cookie k comes back from GET /cookies/read/k
