@class_views
Feature: Methods a class-based view cannot handle
  A method listed in a MethodView's methods but without a handler is routed to the view,
  which fails: with TESTING and DEBUG off, that is a 500. The methods of a view apply to
  every rule it is registered for, so a handler that takes no URL value fails with a 500
  on a rule that has one. A View that does not override dispatch_request fails the same way.
  Source: flask.views.MethodView.dispatch_request ("Unimplemented method"), View.dispatch_request; catalogue CBV-6, CBV-7.

  @id:class_views.listed_method_without_handler @spec:CBV-6 @flask
  Scenario: A listed method without a handler is a 500
    When the client sends PUT /class_views/unimplemented
    Then the status is 500

  @id:class_views.unlisted_method_of_listed_view @spec:CBV-6 @core
  Scenario: A method left out of the methods attribute is a 405
    When the client sends DELETE /class_views/unimplemented
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, OPTIONS, PUT

  @id:class_views.methods_apply_to_every_rule @spec:CBV-6 @flask
  Scenario: A handler without the URL value of a rule fails on that rule
    When the client sends POST /class_views/things/3
    Then the status is 500

  @id:class_views.view_without_dispatch_request @spec:CBV-7 @flask
  Scenario: A View that does not override dispatch_request is a 500
    When the client sends GET /class_views/bare
    Then the status is 500
