@class_views
Feature: How a class-based view is registered
  as_view(name) turns the class into a view function whose endpoint is that name. The
  decorators listed in the class's decorators attribute wrap that function, so they
  apply to every method. A methods attribute set on the class is what its rule allows,
  even when the class has handlers for more.
  Source: Flask docs, "Class-based Views" (View Decorators, URL Variables); flask.views.View.as_view; catalogue CBV-3, CBV-4, CBV-5.

  @id:class_views.decorators_wrap_every_method @spec:CBV-3 @core
  Scenario Outline: The decorators of a class-based view wrap every method
    When the client sends <method> /class_views/items
    Then the header X-Decorated is "yes"

    Examples:
      | method |
      | GET    |
      | POST   |
      | HEAD   |

  @id:class_views.endpoint_named_by_as_view @spec:CBV-4 @core
  Scenario: url_for builds the URL of a class-based view by its as_view name
    When the client sends GET /class_views/links
    Then the JSON body is {"items": "/class_views/items", "things": "/class_views/things/3"}

  @id:class_views.methods_attribute_restricts @spec:CBV-5 @core
  Scenario: A methods attribute keeps a MethodView handler unrouted
    When the client sends POST /class_views/get-only
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, OPTIONS
