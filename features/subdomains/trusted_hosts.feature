@subdomains
Feature: Trusted hosts
  With TRUSTED_HOSTS set, a request whose Host is not in the list is answered 400 Bad
  Request, checked while routing, so the before- and after-request hooks still run. An
  entry matches the host exactly, whatever the port; an entry with a leading dot also
  matches every subdomain. The mount /subdomains/trusted has TRUSTED_HOSTS = ["good.test",
  ".trusted.test"].
  Source: Flask docs, Configuration "TRUSTED_HOSTS"; CHANGES 3.1.0 (#5636); Werkzeug host_is_trusted; catalogue SUB-5.
  Versions: TRUSTED_HOSTS is new in Flask 3.1.0 (#5636); before it the setting is ignored and every host is served (200).

  @id:subdomains.untrusted_host_400 @spec:SUB-5 @core
  Scenario Outline: A host outside TRUSTED_HOSTS is answered 400
    Given the client sends every request with the header Host: <host>
    When the client sends GET /subdomains/trusted/host
    Then the status is 400

    Examples:
      | host             |
      | evil.test        |
      | nottrusted.test  |

  @id:subdomains.untrusted_host_page @spec:SUB-5 @flask
  Scenario: The 400 page names the untrusted host
    Given the client sends every request with the header Host: evil.test
    When the client sends GET /subdomains/trusted/host
    Then the status is 400
    And the body contains "<p>Host &#39;evil.test&#39; is not trusted.</p>"

  @id:subdomains.untrusted_host_runs_hooks @spec:SUB-5 @flask
  Scenario: A request for an untrusted host runs the hooks but not the view
    Given the client sends every request with the header Host: evil.test
    When the client sends GET /subdomains/trusted/host
    Then the status is 400
    And the header X-Trace is "before after"

  @id:subdomains.trusted_host_served @spec:SUB-5 @core
  Scenario Outline: A host that TRUSTED_HOSTS lists is served
    Given the client sends every request with the header Host: <host>
    When the client sends GET /subdomains/trusted/host
    Then the status is 200
    And the body is "host <host>"

    Examples:
      | host             |
      | good.test        |
      | good.test:8080   |
      | trusted.test     |
      | api.trusted.test |
