@hooks
Feature: The order of before and after hooks
  Before hooks run in registration order, app-level first, then each blueprint's from
  the outer to the inner one; after hooks run the other way round: innermost blueprint
  first, then the app, each in reverse registration order. A blueprint's app-wide hooks
  take the app-level place where the blueprint is registered.
  Source: Flask docs, Application Structure and Lifecycle, Blueprints; catalogue HOOK-1, HOOK-2.
  Versions: the same in Flask 2.2 to 3.1; before_first_request (HOOK-10), deprecated in 2.2, is gone in 2.3.

  @id:hooks.app_route_order @spec:HOOK-1 @core
  Scenario: App hooks surround the view of an app route
    When the client sends GET /hooks/v
    Then the status is 200
    And the trace is b1 bp.app_b b2 view a2 bp.app_a a1

  @id:hooks.blueprint_route_order @spec:HOOK-2 @core
  Scenario: A blueprint's hooks run inside the app's hooks
    When the client sends GET /hooks/bp/v
    Then the status is 200
    And the trace is b1 bp.app_b b2 bp.b1 bp.b2 view bp.a2 bp.a1 a2 bp.app_a a1

  @id:hooks.nested_blueprint_order @spec:HOOK-2 @core
  Scenario: A nested blueprint's hooks run inside its parent's hooks
    When the client sends GET /hooks/bp/child/v
    Then the status is 200
    And the trace is b1 bp.app_b b2 bp.b1 bp.b2 child.b1 view child.a1 bp.a2 bp.a1 a2 bp.app_a a1
