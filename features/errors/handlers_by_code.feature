@errors
Feature: Error handlers registered for a status code
  errorhandler(code) handles that HTTP error whether a view aborts with it or routing
  raises it, and gets the HTTPException. The status of the answer is the handler's:
  a handler that returns only a string answers 200. The 500 handler also handles
  unhandled exceptions: it gets an InternalServerError whose original_exception is the
  exception raised, or None for abort(500).
  The app of these routes is mounted at /errors/handled.
  Source: Flask docs, Handling Application Errors ("Error Handlers", "Unhandled Exceptions"); catalogue ERR-4, ERR-6, NOTE-13.

  @id:errors.code_handler_for_abort @spec:ERR-4 @core
  Scenario: A 404 handler handles abort(404) in a view
    When the client sends GET /errors/handled/abort/404
    Then the status is 404
    And the body is "app 404 handler: NotFound"

  @id:errors.code_handler_for_routing_404 @spec:ERR-4 @core
  Scenario: A 404 handler handles a URL that no rule matches
    When the client sends GET /errors/handled/nope
    Then the status is 404
    And the body is "app 404 handler: NotFound"

  @id:errors.handler_string_answers_200 @spec:ERR-4 @spec:NOTE-13 @core
  Scenario: An error handler that returns only a string answers 200
    When the client sends GET /errors/handled/abort/403
    Then the status is 200
    And the body is "forbidden, handled"

  @id:errors.server_error_handler_original @spec:ERR-6 @core
  Scenario: The 500 handler gets the unhandled exception as original_exception
    When the client sends GET /errors/handled/raise/TypeError
    Then the body is "500 handler: InternalServerError from TypeError"

  @id:errors.server_error_handler_sets_status @spec:ERR-6 @spec:NOTE-13 @core
  Scenario: A 500 handler that returns only a string answers 200
    When the client sends GET /errors/handled/raise/TypeError
    Then the status is 200

  @id:errors.abort_500_has_no_original @spec:ERR-6 @core
  Scenario: abort(500) reaches the 500 handler without an original exception
    When the client sends GET /errors/handled/abort/500
    Then the body is "500 handler: InternalServerError from None"
