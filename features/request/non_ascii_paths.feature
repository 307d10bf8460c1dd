@request
Feature: Non-ASCII and escaped request paths
  The path a view reads is percent-decoded; full_path keeps the query string as it was
  sent. url and base_url are IRIs: a character that must be escaped in a URL (a space)
  is escaped again, while a non-ASCII character stays as it is, in the query too.
  Source: Werkzeug Request.path, full_path, url (sansio.utils.get_current_url, uri_to_iri); catalogue REQ-3.

  @id:request.path_decoded @spec:REQ-3 @core
  Scenario: The path of an escaped non-ASCII URL is decoded
    When the client sends GET /request/dump/%E4%B8%AD%20x?q=%E6%96%87
    Then the request's path is "/request/dump/中 x"
    And the request's args are {"q": ["文"]}

  @id:request.full_path_raw_query @spec:REQ-3 @flask
  Scenario: full_path decodes the path but keeps the raw query string
    When the client sends GET /request/dump/%E4%B8%AD%20x?q=%E6%96%87
    Then the request's full_path is "/request/dump/中 x?q=%E6%96%87"

  @id:request.url_is_an_iri @spec:REQ-3 @flask
  Scenario: url and base_url leave non-ASCII characters unescaped
    When the client sends GET /request/dump/%E4%B8%AD%20x?q=%E6%96%87
    Then the request's url is the absolute URL of /request/dump/中%20x?q=文
    And the request's base_url is the absolute URL of /request/dump/中%20x
