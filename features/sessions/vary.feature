@sessions
Feature: Vary: Cookie
  A response whose view read the session carries Vary: Cookie, so that a cache keeps one
  copy per cookie, whether the view fetched a value or only looked at the keys (a key
  test, iteration, the length, the items, popping a missing key), and even when the
  session is empty: the scenarios send no cookie.
  Source: Flask docs, Sessions; GHSA-68rp-wp8r-4726; catalogue SESS-17.
  Versions: before Flask 3.1.3 (GHSA-68rp-wp8r-4726) reading only the keys (in, iteration, len, items, pop of a missing key) adds no Vary: Cookie; get() and writes add it since 2.2.5 and 2.3.2.

  @id:sessions.vary_on_read @spec:SESS-17 @core
  Scenario Outline: Reading the session adds Vary: Cookie
    When the client sends GET <path>
    Then the status is 200
    And the header Vary includes Cookie

    Examples:
      | path                       |
      | /sessions/get/user         |
      | /sessions/has/user         |
      | /sessions/read/iterate     |
      | /sessions/read/length      |
      | /sessions/read/items       |
      | /sessions/read/pop-missing |
