@url_building
Feature: The options of url_for
  Inside a request, _external=True builds an absolute URL on the request's scheme and
  host; _scheme picks another scheme and implies _external, and together with
  _external=False it is refused. _anchor adds a quoted fragment, and _method builds the
  rule of the endpoint that allows that method.
  Source: Flask docs, API "url_for"; catalogue URL-7.

  @id:url_building.external_uses_request_host @spec:URL-7 @core
  Scenario: url_for with _external builds the absolute URL of the request's host
    When the client sends GET /url_building/link/external
    Then the body is the absolute URL of /url_building/

  @id:url_building.external_follows_host_header @spec:URL-7 @core
  Scenario: url_for with _external names the host of the Host header
    Given the client sends every request with the header Host: example.org:8443
    When the client sends GET /url_building/link/external
    Then the body is the absolute URL of /url_building/ on the host example.org:8443

  @id:url_building.scheme_implies_external @spec:URL-7 @core
  Scenario: url_for with _scheme builds an absolute URL with that scheme
    When the client sends GET /url_building/link/scheme
    Then the body is the absolute URL of /url_building/ with the scheme https

  @id:url_building.scheme_refused_when_internal @spec:URL-7 @flask
  Scenario: url_for refuses _scheme together with _external=False
    When the client sends GET /url_building/link/scheme-internal
    Then the body is "ValueError: When specifying '_scheme', '_external' must be True."

  @id:url_building.anchor_quoted @spec:URL-7 @core
  Scenario: url_for with _anchor appends the quoted fragment
    When the client sends GET /url_building/link/anchor
    Then the body is "/url_building/#frag%20ment"

  @id:url_building.method_picks_rule @spec:URL-7 @core
  Scenario: url_for with _method builds the rule that allows the method
    When the client sends GET /url_building/link/method-post
    Then the body is "/url_building/items/new"
