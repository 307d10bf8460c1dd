@templates
Feature: The trailing newline of a template file
  Jinja removes a single trailing newline from a template file, so a file that ends with
  an empty line renders ending with one newline.
  Source: Jinja docs, "Whitespace Control" (keep_trailing_newline, off by default); catalogue TPL-4.

  @id:templates.single_trailing_newline_removed @spec:TPL-4 @flask
  Scenario: A template file loses one trailing newline when it is rendered
    When the client sends GET /templates/page/lines
    Then the status is 200
    And the body is exactly these lines, each ending with a newline:
      """
      line1
      line2
      """
