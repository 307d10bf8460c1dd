@blueprints
Feature: Blueprint registrations that Flask refuses
  Flask refuses, when the app is built, a blueprint name registered twice without a
  new name=, a blueprint name that is empty or holds a dot, a route added to a
  blueprint once it is registered, and setup on an app that has handled a request.
  The contract route /blueprints/build-errors/<case> answers what the registration
  did, tried on an app of its own: the exception type and the first line of its
  message, or "accepted".
  Source: Flask docs, Blueprint, register_blueprint, Flask.add_url_rule; Flask CHANGES 2.1.0, 2.3.0; catalogue BP-2, BP-5, BP-6, BP-7.
  Versions: Flask 2.2 accepts an empty name, and a route added after registration only warns (UserWarning) and is ignored; Flask 2.3.0 raises (pallets/flask#5010, #4997).

  @id:blueprints.name_registered_twice @spec:BP-2 @flask
  Scenario Outline: A blueprint name registered twice without name= is refused
    When the client sends GET /blueprints/build-errors/<case>
    Then the body is "ValueError: The name 'blue' is already registered for <which> blueprint. Use 'name=' to provide a unique name."

    Examples:
      | case                      | which       |
      | same-blueprint-same-name  | this        |
      | other-blueprint-same-name | a different |

  @id:blueprints.dotted_name_refused @spec:BP-5 @flask
  Scenario: A blueprint name with a dot is refused
    When the client sends GET /blueprints/build-errors/dotted-name
    Then the body is "ValueError: 'name' may not contain a dot '.' character."

  @id:blueprints.empty_name_refused @spec:BP-5 @flask
  Scenario: An empty blueprint name is refused
    When the client sends GET /blueprints/build-errors/empty-name
    Then the body is "ValueError: 'name' may not be empty."

  @id:blueprints.route_after_registration_refused @spec:BP-6 @flask
  Scenario: A route added to a blueprint after its registration is refused
    When the client sends GET /blueprints/build-errors/route-after-registration
    Then the body is "AssertionError: The setup method 'add_url_rule' can no longer be called on the blueprint 'late'. It has already been registered at least once, any changes will not be applied consistently."

  @id:blueprints.app_setup_after_first_request @spec:BP-7 @flask
  Scenario Outline: Setting an app up after its first request is refused
    When the client sends GET /blueprints/build-errors/app-<method>-after-first-request
    Then the body is "AssertionError: The setup method '<setup>' can no longer be called on the application. It has already handled its first request, any changes will not be applied consistently."

    Examples:
      | method             | setup              |
      | route              | route              |
      | errorhandler       | errorhandler       |
      | register-blueprint | register_blueprint |
