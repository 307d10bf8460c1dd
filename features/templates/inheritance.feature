@templates
Feature: Template inheritance
  A template that extends another renders the parent with the child's blocks in place of
  the parent's; a block the child does not define keeps the parent's content, and
  super() inside a child's block renders the parent's content of that block.
  Source: Jinja docs, Template Designer "Template Inheritance"; catalogue TPL-1.

  @id:templates.child_replaces_blocks @spec:TPL-1 @core
  Scenario: A child template's block replaces the parent's, the others stay
    When the client sends GET /templates/page/child
    Then the status is 200
    And the body is "<title>Base</title><main>child content</main>"

  @id:templates.super_renders_parent_block @spec:TPL-1 @core
  Scenario: super() renders the parent's content of the block
    When the client sends GET /templates/page/super
    Then the status is 200
    And the body is "<title>Child-Base</title><main>base content</main>"
