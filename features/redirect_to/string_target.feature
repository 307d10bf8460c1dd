@redirect_to
Feature: A rule that redirects to a URL template
  A rule with a redirect_to string answers with a 308 Permanent Redirect to that URL,
  its placeholders filled with the converted values, made absolute. The view of the
  rule never runs: routing answers before any view is dispatched.
  Source: Flask docs, "URL Route Registrations" (redirect_to); Werkzeug routing Rule; catalogue RTO-1, NOTE-2.

  @id:redirect_to.string_target_308 @spec:RTO-1 @spec:NOTE-2 @core
  Scenario: A redirect_to rule redirects with 308 to the filled-in URL
    When the client sends GET /redirect_to/old/5
    Then the status is 308
    And the Location is the absolute URL of /redirect_to/home/5

  @id:redirect_to.redirect_page_links_target @spec:RTO-1 @flask
  Scenario: The redirect_to answer is the redirect page linking the target
    When the client sends GET /redirect_to/old/5
    Then the body links to the absolute URL of /redirect_to/home/5

  @id:redirect_to.view_never_runs @spec:RTO-1 @spec:NOTE-2 @core
  Scenario: The view of a redirect_to rule never runs
    When the client sends GET /redirect_to/old/5
    And the client sends GET /redirect_to/old-view-calls
    Then the JSON body is {"calls": 0}
