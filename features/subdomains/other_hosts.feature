@subdomains
Feature: Requests for a host that is not SERVER_NAME
  SERVER_NAME does not restrict the hosts an app serves unless subdomain matching is on:
  without it a request for any host, port or name is routed as usual. With
  subdomain_matching, a Host that does not end in SERVER_NAME (port included) has no
  subdomain to match, and every rule answers 404.
  Source: Flask docs, Configuration "SERVER_NAME"; CHANGES 3.1.0 (#5553, PR #5634); catalogue SUB-3, NOTE-3.
  Versions: before Flask 3.1.0 (#5553) an app with SERVER_NAME answers 404 to every other host, subdomain_matching or not.

  @id:subdomains.foreign_host_served @spec:SUB-3 @spec:NOTE-3 @flask
  Scenario Outline: Without subdomain_matching any host is served
    Given the client sends every request with the header Host: <host>
    When the client sends GET /subdomains/default/page
    Then the status is 200
    And the body is "page on example.test"

    Examples:
      | host              |
      | other.test        |
      | example.test:8080 |
      | localhost         |

  @id:subdomains.foreign_host_refused_when_matching @spec:SUB-3 @core
  Scenario Outline: With subdomain_matching another host is answered 404
    Given the client sends every request with the header Host: <host>
    When the client sends GET /subdomains/matching/page
    Then the status is 404

    Examples:
      | host              |
      | other.test        |
      | example.test:8080 |
      | localhost         |
