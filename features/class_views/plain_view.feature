@class_views
Feature: Plain View classes and their instances
  A View answers every method of its methods attribute with dispatch_request; other
  methods are a 405. By default as_view builds a new instance of the class for every
  request; with init_every_request = False one instance, built by as_view, serves every
  request, so what it keeps on self lasts from one request to the next.
  Source: Flask docs, "Class-based Views" (Lifetime of the View); flask.views.View; catalogue CBV-7, CBV-8.
  Versions: init_every_request is new in Flask 2.2; before it every request got a new instance.

  @id:class_views.dispatch_request_serves_methods @spec:CBV-7 @core
  Scenario Outline: A View answers each of its methods with dispatch_request
    When the client sends <method> /class_views/plain
    Then the status is 200
    And the body is "plain <method>"

    Examples:
      | method |
      | GET    |
      | POST   |

  @id:class_views.plain_view_refuses_other_methods @spec:CBV-7 @core
  Scenario: A method left out of a View's methods is a 405
    When the client sends DELETE /class_views/plain
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, OPTIONS, POST

  @id:class_views.new_instance_per_request @spec:CBV-8 @core
  Scenario: A View builds a new instance for every request by default
    When the client sends GET /class_views/per-request
    And the client sends GET /class_views/per-request
    Then the body is "requests seen by this instance: 1"

  @id:class_views.one_instance_shared @spec:CBV-8 @core
  Scenario: With init_every_request off one View instance serves every request
    When the client sends GET /class_views/shared
    And the client sends GET /class_views/shared
    Then the body is "requests seen by this instance: 2"
