@real_servers
Feature: The Host a real server passes on
  A server does not check the Host header, neither against its own name nor for the
  characters of a host name: the app gets it in HTTP_HOST as sent, and routes the request.
  Refusing a host is the app's (TRUSTED_HOSTS) or a proxy's.
  Source: RFC 9112 section 3.2; PEP 3333 "environ Variables"; catalogue SRV-4.

  @id:real_servers.host_passed_on_as_sent @spec:SRV-4 @core @live_only
  Scenario Outline: A Host that is not the server's own reaches the app as sent
    Given the client sends every request with the header Host: <host>
    When the client sends GET /real_servers/host
    Then the status is 200
    And the body is "HTTP_HOST <host>"

    Examples:
      | host      |
      | a.example |
      | bad host  |
