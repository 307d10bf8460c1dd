@hooks
Feature: Teardown hooks
  Teardown hooks run after every request, once the response is made, in the order of
  the after hooks: innermost blueprint first, then the app, each in reverse
  registration order. They receive the unhandled exception of the request, or None when
  there was none or an error handler handled it.
  Source: Flask docs, Flask.teardown_request; catalogue HOOK-3, HOOK-4, HOOK-6, HOOK-7.

  @id:hooks.teardown_order_blueprint_route @spec:HOOK-7 @core
  Scenario: A blueprint's teardown hooks run before the app's
    When the client sends GET /hooks/bp/v
    Then the teardown trace is bp.t1(None) t2(None) t1(None)

  @id:hooks.teardown_order_nested_blueprint @spec:HOOK-7 @core
  Scenario: A nested blueprint's teardown hooks run before its parent's
    When the client sends GET /hooks/bp/child/v
    Then the teardown trace is child.t1(None) bp.t1(None) t2(None) t1(None)

  @id:hooks.teardown_receives_unhandled_error @spec:HOOK-6 @core
  Scenario: Teardown hooks receive the unhandled exception
    When the client sends GET /hooks/boom
    Then the status is 500
    And the teardown trace is t2(ValueError) t1(ValueError)

  @id:hooks.teardown_after_handled_error @spec:HOOK-6 @core
  Scenario: Teardown hooks receive None for an exception that was handled
    When the client sends GET /hooks/handled
    Then the status is 409
    And the teardown trace is t2(None) t1(None)

  @id:hooks.teardown_after_short_circuit @spec:HOOK-3 @core
  Scenario: Teardown hooks run when a before hook short-circuits
    When the client sends GET /hooks/v?short=b2
    Then the teardown trace is t2(None) t1(None)

  @id:hooks.teardown_after_abort @spec:HOOK-4 @core
  Scenario: Teardown hooks receive None after an abort in a before hook
    When the client sends GET /hooks/v?abort=b2
    Then the teardown trace is t2(None) t1(None)
