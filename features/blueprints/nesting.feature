@blueprints
Feature: Blueprints registered on a blueprint
  A blueprint registered on another one is served under both prefixes, the parent's
  first, and its endpoints and request.blueprint carry both names, dotted, the
  parent's first; request.blueprints lists the blueprints from the inner one out.
  Source: Flask docs, Blueprints and Views ("Nesting Blueprints"); catalogue BP-3.

  @id:blueprints.nested_prefixes_joined @spec:BP-3 @core
  Scenario: A nested blueprint's route is served under both prefixes
    When the client sends GET /blueprints/parent/child/x
    Then the status is 200

  @id:blueprints.nested_endpoint_dotted @spec:BP-3 @core
  Scenario: A nested blueprint view's endpoint is parent.child.view
    When the client sends GET /blueprints/parent/child/x
    Then the JSON body is {"endpoint": "parent.child.x", "blueprint": "parent.child", "blueprints": ["parent.child", "parent"]}

  @id:blueprints.url_for_nested_endpoint @spec:BP-3 @core
  Scenario: url_for builds a nested blueprint's URL from its dotted endpoint
    When the client sends GET /blueprints/link-to-nested
    Then the body is "/blueprints/parent/child/x"
