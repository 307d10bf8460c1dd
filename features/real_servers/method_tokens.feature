@real_servers
Feature: Method tokens a real server passes on
  A server passes any method token to the app as REQUEST_METHOD, not only those RFC 9110
  defines: a rule that lists PURGE answers it, and a token no rule lists reaches routing,
  which answers 405 with the methods the URL allows.
  Source: RFC 9110 sections 9.1 and 15.5.6; PEP 3333 REQUEST_METHOD; catalogue SRV-2.

  @id:real_servers.extension_method_reaches_view @spec:SRV-2 @core @live_only
  Scenario: A method RFC 9110 does not define reaches the view that lists it
    When the client sends PURGE /real_servers/methods
    Then the status is 200
    And the body is "method PURGE"

  @id:real_servers.unknown_method_answered_405 @spec:SRV-2 @core @live_only
  Scenario: A method token no rule lists reaches the app, which answers 405
    When the client sends BREW /real_servers/methods
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, OPTIONS, PURGE
