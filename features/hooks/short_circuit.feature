@hooks
Feature: A before hook that ends the request
  A before hook that returns a value short-circuits the request: that value becomes the
  response, and the later before hooks and the view do not run. An abort() in a before
  hook answers with its HTTP error. Either way every after hook still runs.
  Source: Flask docs, Flask.before_request; catalogue HOOK-3, HOOK-4, NOTE-10.

  @id:hooks.before_return_is_response @spec:HOOK-3 @core
  Scenario Outline: A value returned by a before hook becomes the response
    When the client sends GET <path>?short=<hook>
    Then the status is 200
    And the body is "short-circuit by <hook>"

    Examples:
      | path        | hook  |
      | /hooks/v    | b1    |
      | /hooks/v    | b2    |
      | /hooks/bp/v | bp.b1 |

  @id:hooks.short_circuit_runs_after_hooks @spec:HOOK-3 @core
  Scenario: Every after hook runs when a before hook short-circuits
    When the client sends GET /hooks/bp/v?short=b2
    Then the trace is b1 bp.app_b b2 bp.a2 bp.a1 a2 bp.app_a a1

  @id:hooks.abort_in_before_hook @spec:HOOK-4 @core
  Scenario: An abort in a before hook gives its error and runs the after hooks
    When the client sends GET /hooks/v?abort=b2
    Then the status is 403
    And the trace is b1 bp.app_b b2 a2 bp.app_a a1
