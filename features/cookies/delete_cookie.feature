@cookies
Feature: Deleting a cookie, and several cookies in one response
  delete_cookie(key) sets the cookie again, empty, with an Expires in 1970 and Max-Age=0,
  so that the browser drops it at once. A browser deletes only the cookie of the same
  name, path and domain: delete_cookie takes the path and domain, and the secure,
  httponly and samesite flags, and writes them as set_cookie does. Each set_cookie call
  adds a Set-Cookie header of its own.
  Source: Flask docs, Response.delete_cookie (Werkzeug sansio Response.delete_cookie); RFC 6265 section 5.3; catalogue COOKIE-7.

  @id:cookies.delete_expires_now @spec:COOKIE-7 @flask @security
  Scenario: delete_cookie sets an empty cookie that expired in 1970
    When the client sends GET /cookies/delete/plain
    Then the status is 200
    And the Set-Cookie header for k is "k=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"

  @id:cookies.delete_keeps_path_and_domain @spec:COOKIE-7 @flask @security
  Scenario: delete_cookie writes the path and domain it is given
    When the client sends GET /cookies/delete/path-domain
    Then the Set-Cookie header for k is "k=; Domain=example.com; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/sub"

  @id:cookies.delete_keeps_flags @spec:COOKIE-7 @flask @security
  Scenario: delete_cookie writes the secure, httponly and samesite flags
    When the client sends GET /cookies/delete/flags
    Then the Set-Cookie header for k is "k=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Secure; HttpOnly; Path=/; SameSite=Lax"

  @id:cookies.two_cookies_two_headers @spec:COOKIE-7 @core
  Scenario: Two set_cookie calls send two Set-Cookie headers
    When the client sends GET /cookies/set-two
    Then the Set-Cookie header for first is "first=1; Path=/"
    And the Set-Cookie header for second is "second=2; Path=/"
