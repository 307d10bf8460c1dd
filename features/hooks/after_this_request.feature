@hooks
Feature: After-this-request hooks
  A view can add an after hook for its own request with after_this_request. It runs
  before the blueprint's and the app's after hooks, and only for that request.
  Source: Flask docs, flask.after_this_request; catalogue HOOK-9.

  @id:hooks.after_this_request_runs_first @spec:HOOK-9 @core
  Scenario: An after-this-request hook runs before the registered after hooks
    When the client sends GET /hooks/atr
    Then the trace is b1 bp.app_b b2 view atr a2 bp.app_a a1

  @id:hooks.after_this_request_is_per_request @spec:HOOK-9 @core
  Scenario: An after-this-request hook does not run for the next request
    When the client sends GET /hooks/atr
    And the client sends GET /hooks/v
    Then the trace is b1 bp.app_b b2 view a2 bp.app_a a1
