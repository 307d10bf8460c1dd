@url_building
Feature: URLs that url_for cannot build
  url_for raises BuildError for an endpoint that no rule has, or when a variable of
  the rule has no value. Raised in a view and not handled, it is answered with 500.
  Source: Flask docs, API "url_for" and "handle_url_build_error"; catalogue URL-9.

  @id:url_building.unknown_endpoint_raises @spec:URL-9 @flask
  Scenario: url_for raises BuildError for an unknown endpoint
    When the client sends GET /url_building/link/unknown-endpoint
    Then the body is "BuildError"

  @id:url_building.missing_value_raises @spec:URL-9 @flask
  Scenario: url_for raises BuildError when a rule variable has no value
    When the client sends GET /url_building/link/missing-value
    Then the body is "BuildError"

  @id:url_building.build_error_answers_500 @spec:URL-9 @core
  Scenario: A BuildError that a view does not handle is answered with 500
    When the client sends GET /url_building/broken-link
    Then the status is 500
