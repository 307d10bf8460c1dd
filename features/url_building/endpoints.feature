@url_building
Feature: Endpoints of the rules that add_url_rule registers
  add_url_rule registers a rule under the endpoint it is given, or under the name of
  its view function when it is given none; url_for builds the rule from that name.
  One endpoint cannot name two different view functions: the second registration
  fails with an AssertionError while the app is set up, before any request.
  Source: Flask docs, API "add_url_rule" and "url_for"; catalogue URL-1, URL-2, URL-3.

  @id:url_building.explicit_endpoint_answers @spec:URL-1 @core
  Scenario Outline: A rule added with an explicit endpoint answers as that endpoint
    When the client sends <method> /url_building/login
    Then the status is 200
    And the body is "url_building.n2 <method>"

    Examples:
      | method |
      | GET    |
      | POST   |

  @id:url_building.url_for_explicit_endpoint @spec:URL-1 @core
  Scenario: url_for builds the rule of an explicit endpoint
    When the client sends GET /url_building/link/n2
    Then the body is "/url_building/login"

  @id:url_building.endpoint_from_function_name @spec:URL-2 @core
  Scenario: A rule added without an endpoint is named after its view function
    When the client sends GET /url_building/ne
    Then the body is "url_building.noendpoint"

  @id:url_building.url_for_function_name @spec:URL-2 @core
  Scenario: url_for builds a rule by the name of its view function
    When the client sends GET /url_building/link/noendpoint
    Then the body is "/url_building/ne"

  @id:url_building.endpoint_overwrite_fails @spec:URL-3 @flask
  Scenario: Mapping an endpoint to a second view function fails at setup
    When the client sends GET /url_building/startup/overwrite-endpoint
    Then the body is "AssertionError: View function mapping is overwriting an existing endpoint function: same"
