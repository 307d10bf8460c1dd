@redirect_to
Feature: Redirect targets elsewhere and rules without a view
  The redirect_to target may be an absolute URL on another site; it is sent as given.
  A rule added with an endpoint and redirect_to needs no view function at all.
  Source: Flask docs, add_url_rule; Werkzeug routing Rule; catalogue RTO-3.

  @id:redirect_to.external_url @spec:RTO-3 @core
  Scenario: A redirect_to rule redirects to an absolute URL on another site
    When the client sends GET /redirect_to/away
    Then the status is 308
    And the header Location is "https://example.org/x"

  @id:redirect_to.rule_without_view @spec:RTO-3 @core
  Scenario: A redirect_to rule without a view function redirects
    When the client sends GET /redirect_to/old3
    Then the status is 308
    And the Location is the absolute URL of /redirect_to/home/3
