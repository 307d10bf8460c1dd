@request
Feature: X-Forwarded headers and ProxyFix
  The X-Forwarded-For, -Proto and -Host headers change nothing by themselves: anyone can
  send them. An app behind a proxy wraps itself in Werkzeug's ProxyFix, saying how many
  proxies it trusts for each; then remote_addr is the right-most X-Forwarded-For entry
  (the one the trusted proxy added), and the scheme and host are the forwarded ones.
  Source: Flask docs, "Tell Flask it is Behind a Proxy"; werkzeug.middleware.proxy_fix; catalogue REQ-7.

  @id:request.forwarded_headers_ignored @spec:REQ-7 @core @security
  Scenario: Without ProxyFix the X-Forwarded headers change nothing
    Given the client sends every request with the header X-Forwarded-For: 1.2.3.4
    And the client sends every request with the header X-Forwarded-Proto: https
    And the client sends every request with the header X-Forwarded-Host: pub.example
    When the client sends GET /request/dump
    Then the request's remote_addr is the client's own address
    And the request's scheme is the client's scheme
    And the request's host is the client's host

  @id:request.proxy_fix_remote_addr @spec:REQ-7 @flask @security
  Scenario: Behind ProxyFix remote_addr is the right-most X-Forwarded-For entry
    Given the client sends every request with the header X-Forwarded-For: 1.2.3.4, 5.6.7.8
    When the client sends GET /request/proxied/dump
    Then the request's remote_addr is "5.6.7.8"

  @id:request.proxy_fix_scheme_and_host @spec:REQ-7 @flask
  Scenario: Behind ProxyFix the URL has the forwarded scheme and host
    Given the client sends every request with the header X-Forwarded-Proto: https
    And the client sends every request with the header X-Forwarded-Host: pub.example
    When the client sends GET /request/proxied/dump
    Then the request's scheme is "https"
    And the request's host is "pub.example"
    And the request's url is the absolute URL of /request/proxied/dump with the scheme https on the host pub.example
