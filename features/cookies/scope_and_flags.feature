@cookies
Feature: The domain and flags of a cookie
  domain sets the Domain attribute, without a leading dot; secure and httponly add the
  Secure and HttpOnly flags; samesite adds SameSite=Strict, Lax or None, whatever the
  case it is given in, and any other value is an error of the app (500). partitioned
  adds Partitioned and makes the cookie Secure. Together they keep the fixed order
  Domain; Expires; Max-Age; Secure; HttpOnly; Path; SameSite; Partitioned.
  Source: Flask docs, Response.set_cookie (Werkzeug sansio Response.set_cookie, http.dump_cookie); catalogue COOKIE-3, COOKIE-4, COOKIE-5.
  Versions: Werkzeug 2.2 keeps the leading dot of a domain (Domain=.example.com); before Werkzeug 3.1.0 set_cookie has no partitioned parameter (500).

  @id:cookies.domain_as_given @spec:COOKIE-3 @flask @security
  Scenario: domain sets the Domain attribute
    When the client sends GET /cookies/set/domain
    Then the Set-Cookie header for k is "k=v; Domain=example.com; Path=/"

  @id:cookies.domain_leading_dot_dropped @spec:COOKIE-3 @flask @security
  Scenario: A leading dot of the domain is dropped
    When the client sends GET /cookies/set/domain-dot
    Then the Set-Cookie header for k is "k=v; Domain=example.com; Path=/"

  @id:cookies.secure_and_httponly @spec:COOKIE-4 @flask @security
  Scenario: secure and httponly add the Secure and HttpOnly flags
    When the client sends GET /cookies/set/secure-httponly
    Then the Set-Cookie header for k is "k=v; Secure; HttpOnly; Path=/"

  @id:cookies.samesite_values @spec:COOKIE-4 @flask @security
  Scenario Outline: samesite adds SameSite with its value capitalized
    When the client sends GET /cookies/set/samesite-<given>
    Then the Set-Cookie header for k is "k=v; Path=/; SameSite=<written>"

    Examples:
      | given  | written |
      | Strict | Strict  |
      | Lax    | Lax     |
      | None   | None    |
      | strict | Strict  |

  @id:cookies.samesite_invalid_500 @spec:COOKIE-4 @flask @security
  Scenario: A samesite value that is not Strict, Lax or None is an error
    When the client sends GET /cookies/set/samesite-bogus
    Then the status is 500
    And the response sets no cookie

  @id:cookies.all_attributes_in_order @spec:COOKIE-4 @flask @security
  Scenario: All the attributes of a cookie come in a fixed order
    When the client sends GET /cookies/set/everything
    Then the Set-Cookie header for k is "k=v; Domain=example.com; Expires=<date>; Max-Age=60; Secure; HttpOnly; Path=/p; SameSite=Lax", the date 60 seconds from now

  @id:cookies.partitioned_implies_secure @spec:COOKIE-5 @flask @security
  Scenario: partitioned adds Partitioned and makes the cookie Secure
    When the client sends GET /cookies/set/partitioned
    Then the Set-Cookie header for k is "k=v; Secure; Path=/; Partitioned"
