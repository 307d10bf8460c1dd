@hooks
Feature: Hooks around error responses
  Before and after hooks also run for requests that end in a routing error (404, 405);
  as no rule matched, only the app-level hooks run, even under a blueprint's prefix. An
  unhandled exception gives a 500 that the after hooks still see, and an after hook
  that raises turns the response into a 500.
  Source: Flask docs, Application Structure and Lifecycle; catalogue HOOK-5, HOOK-6, HOOK-8.

  @id:hooks.not_found_runs_app_hooks @spec:HOOK-5 @core
  Scenario: An unknown URL runs the app hooks around the 404
    When the client sends GET /hooks/nope
    Then the status is 404
    And the trace is b1 bp.app_b b2 a2 bp.app_a a1

  @id:hooks.not_found_under_blueprint_prefix @spec:HOOK-5 @core
  Scenario: An unknown URL under a blueprint's prefix runs only app hooks
    When the client sends GET /hooks/bp/nope
    Then the status is 404
    And the trace is b1 bp.app_b b2 a2 bp.app_a a1

  @id:hooks.method_not_allowed_runs_app_hooks @spec:HOOK-5 @core
  Scenario: A wrong method on a blueprint route runs only app hooks
    When the client sends POST /hooks/bp/v
    Then the status is 405
    And the trace is b1 bp.app_b b2 a2 bp.app_a a1

  @id:hooks.unhandled_error_runs_after_hooks @spec:HOOK-6 @core
  Scenario: The after hooks run on the 500 of an unhandled exception
    When the client sends GET /hooks/boom
    Then the status is 500
    And the trace is b1 bp.app_b b2 view a2 bp.app_a a1

  @id:hooks.after_hook_error_is_500 @spec:HOOK-8 @core
  Scenario: An after hook that raises turns the response into a 500
    When the client sends GET /hooks/v?fail=a2
    Then the status is 500
