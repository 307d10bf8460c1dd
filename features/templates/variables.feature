@templates
Feature: Variables in templates
  A template reads the values the view passes it. A dot and a subscript both reach a
  dict's key and an object's attribute. A name the view did not pass renders as an empty
  string, but reading an attribute of it is an error of the view: 500. So is rendering a
  template that does not exist.
  Source: Flask docs, Templates; Jinja docs, Template Designer "Variables"; catalogue TPL-1, TPL-3.

  @id:templates.item_and_attribute_access @spec:TPL-1 @core
  Scenario: A dot and a subscript read both a dict key and an attribute
    When the client sends GET /templates/page/access
    Then the status is 200
    And the body is "alice alice bob bob"

  @id:templates.undefined_renders_empty @spec:TPL-3 @core
  Scenario: A variable the view did not pass renders as an empty string
    When the client sends GET /templates/page/undefined
    Then the status is 200
    And the body is "[]"

  @id:templates.undefined_attribute_fails @spec:TPL-3 @flask
  Scenario: An attribute of an undefined variable fails the view with 500
    When the client sends GET /templates/undefined-attribute
    Then the status is 500

  @id:templates.missing_template_fails @spec:TPL-3 @core
  Scenario: Rendering a template that does not exist answers 500
    When the client sends GET /templates/missing-template
    Then the status is 500
