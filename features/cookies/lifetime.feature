@cookies
Feature: The path and lifetime of a cookie
  set_cookie(key, value) sets a cookie for Path=/ that lasts for the browser session;
  path=None leaves the Path out. max_age gives a Max-Age and, computed from it, an
  Expires; expires alone, as a datetime or a Unix timestamp, gives only the Expires, an
  IMF-fixdate in GMT. Attributes come in a fixed order:
  Domain; Expires; Max-Age; Secure; HttpOnly; Path; SameSite; Partitioned.
  Source: Flask docs, Response.set_cookie (Werkzeug sansio Response.set_cookie, http.dump_cookie); catalogue COOKIE-1, COOKIE-2.

  @id:cookies.default_path_root @spec:COOKIE-1 @core @security
  Scenario: A cookie is set for the whole site by default
    When the client sends GET /cookies/set/plain
    Then the status is 200
    And the Set-Cookie header for k is "k=v; Path=/"

  @id:cookies.path_none_omitted @spec:COOKIE-1 @flask @security
  Scenario: path=None sets a cookie without a Path
    When the client sends GET /cookies/set/no-path
    Then the Set-Cookie header for k is "k=v"

  @id:cookies.max_age_adds_expires @spec:COOKIE-2 @flask @security
  Scenario: max_age sets Max-Age and an Expires that far from now
    When the client sends GET /cookies/set/max-age
    Then the Set-Cookie header for k is "k=v; Expires=<date>; Max-Age=60; Path=/", the date 60 seconds from now

  @id:cookies.max_age_timedelta @spec:COOKIE-2 @flask @security
  Scenario: A timedelta max_age is written in seconds
    When the client sends GET /cookies/set/max-age-timedelta
    Then the Set-Cookie header for k is "k=v; Expires=<date>; Max-Age=3600; Path=/", the date 3600 seconds from now

  @id:cookies.expires_datetime @spec:COOKIE-2 @flask @security
  Scenario: An expires datetime is written as an IMF-fixdate without Max-Age
    When the client sends GET /cookies/set/expires-datetime
    Then the Set-Cookie header for k is "k=v; Expires=Wed, 02 Jan 2030 03:04:05 GMT; Path=/"

  @id:cookies.expires_timestamp @spec:COOKIE-2 @flask @security
  Scenario: An expires Unix timestamp is written as its date in GMT
    When the client sends GET /cookies/set/expires-timestamp
    Then the Set-Cookie header for k is "k=v; Expires=Sun, 17 Mar 2030 17:46:40 GMT; Path=/"
