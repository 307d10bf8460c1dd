@errors
Feature: A blueprint's error handlers
  A blueprint's errorhandler(404) handles abort(404) raised in that blueprint's views,
  but not a routing 404 for an unknown URL under its prefix, nor a routing 405 on its
  routes: no rule of the blueprint matched, so only the app's handlers apply. A
  blueprint's app_errorhandler registers a handler for the whole app.
  Source: Flask docs, Handling Application Errors ("Blueprint Error Handlers"); catalogue ERR-8, NOTE-12.

  @id:errors.blueprint_handler_for_its_abort @spec:ERR-8 @core
  Scenario: A blueprint's 404 handler handles abort(404) in its view
    When the client sends GET /errors/handled/shop/item
    Then the status is 404
    And the body is "shop 404 handler"

  @id:errors.blueprint_handler_skips_routing_404 @spec:ERR-8 @spec:NOTE-12 @core
  Scenario: An unknown URL under a blueprint's prefix gets the app's 404 handler
    When the client sends GET /errors/handled/shop/nope
    Then the status is 404
    And the body is "app 404 handler: NotFound"

  @id:errors.blueprint_handler_skips_routing_405 @spec:ERR-8 @spec:NOTE-12 @core
  Scenario: A wrong method on a blueprint's route gets the app's 405 handler
    When the client sends POST /errors/handled/shop/only-get
    Then the status is 405
    And the body is "app 405 handler"

  @id:errors.app_errorhandler_from_blueprint @spec:ERR-8 @core
  Scenario: A blueprint's app_errorhandler handles the error in any view
    When the client sends GET /errors/handled/abort/418
    Then the status is 418
    And the body is "teapot, handled app-wide"
