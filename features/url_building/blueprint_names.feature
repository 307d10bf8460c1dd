@url_building
Feature: Blueprint endpoints in url_for
  The endpoints of a blueprint are qualified by its name, and by its parents' names
  when it is nested. A name that starts with "." is relative: inside a blueprint view
  it names an endpoint of the blueprint registration serving the request (a blueprint
  registered twice builds under each name), and outside any blueprint an app endpoint.
  Source: Flask docs, blueprints.rst "Building URLs"; catalogue URL-8.

  @id:url_building.blueprint_qualified_name @spec:URL-8 @core
  Scenario Outline: url_for builds a blueprint endpoint by its qualified name
    When the client sends GET /url_building/link/<case>
    Then the body is "<url>"

    Examples:
      | case  | url                        |
      | blue  | /url_building/blue/index   |
      | blue2 | /url_building/blue2/index  |

  @id:url_building.relative_name_in_blueprint @spec:URL-8 @core
  Scenario Outline: A relative name resolves in the blueprint serving the request
    When the client sends GET /url_building/<name>/link
    Then the body is "/url_building/<name>/index"

    Examples:
      | name  |
      | blue  |
      | blue2 |

  @id:url_building.relative_name_outside_blueprint @spec:URL-8 @core
  Scenario: A relative name outside any blueprint resolves to an app endpoint
    When the client sends GET /url_building/outside-blueprint
    Then the body is "/url_building/outside-blueprint"
