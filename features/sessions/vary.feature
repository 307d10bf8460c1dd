@sessions
Feature: Vary: Cookie
  A response whose view read the session carries Vary: Cookie, so that a cache keeps one
  copy per cookie, whether the view fetched a value or only tested for a key, and even
  when the session is empty.
  Source: Flask docs, Sessions; GHSA-68rp-wp8r-4726; catalogue SESS-17.
  Versions: before Flask 3.1.3 testing a key (in, len, iteration) adds no Vary: Cookie; get() and writes add it since 2.2.5 and 2.3.2.

  @id:sessions.vary_on_read @spec:SESS-17 @core
  Scenario Outline: Reading the session adds Vary: Cookie
    When the client sends GET <path>
    Then the status is 200
    And the header Vary includes Cookie

    Examples:
      | path               |
      | /sessions/get/user |
      | /sessions/has/user |
