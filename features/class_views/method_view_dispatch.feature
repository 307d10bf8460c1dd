@class_views
Feature: MethodView dispatch by request method
  A MethodView dispatches each request to the handler named after its method in lower
  case (get, post, ...). A HEAD goes to head() when the class defines one and to get()
  otherwise. The methods of its rule are the handlers it defines, plus the automatic
  HEAD and OPTIONS; any other method is a 405 with an Allow header that lists them.
  Source: Flask docs, "Class-based Views" (Method Dispatching and APIs); flask.views.MethodView; catalogue CBV-1, CBV-2.

  @id:class_views.dispatch_by_method @spec:CBV-2 @core
  Scenario Outline: A MethodView answers each method with its handler
    When the client sends <method> /class_views/items
    Then the status is 200
    And the body is "items <method>"

    Examples:
      | method |
      | GET    |
      | POST   |

  @id:class_views.head_falls_back_to_get @spec:CBV-2 @core
  Scenario: HEAD on a MethodView without head() runs get()
    When the client sends HEAD /class_views/items
    Then the status is 200
    And the header X-Handler is "get"
    And the body is empty

  @id:class_views.head_handler_used @spec:CBV-2 @core
  Scenario: HEAD on a MethodView that defines head() runs head()
    When the client sends HEAD /class_views/headed
    Then the status is 200
    And the header X-Handler is "head"

  @id:class_views.methods_from_handlers @spec:CBV-1 @core
  Scenario: A method the MethodView has no handler for is a 405
    When the client sends PUT /class_views/items
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, OPTIONS, POST

  @id:class_views.options_lists_handlers @spec:CBV-1 @core
  Scenario: OPTIONS on a MethodView lists the methods of its handlers
    When the client sends OPTIONS /class_views/items
    Then the status is 200
    And the Allow header lists exactly GET, HEAD, OPTIONS, POST
    And the body is empty
