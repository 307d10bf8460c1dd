@templates
Feature: Template filters
  Filters transform a value where it is rendered: join with a separator, upper-case,
  count the items of a list or the characters of a string, and give a default for a
  variable that is undefined (an empty string is defined, so it stays). A filter the app
  registers under a name is used by that name.
  Source: Jinja docs, "List of Builtin Filters"; Flask docs, "Registering Filters"; catalogue TPL-1.

  @id:templates.builtin_filters @spec:TPL-1 @core
  Scenario Outline: A builtin filter transforms the value it is given
    When the client sends GET /templates/filter/<filter>
    Then the status is 200
    And the body is "<rendered>"

    Examples:
      | filter        | rendered |
      | join          | a,b,c    |
      | upper         | ÉLAN     |
      | length        | 3 4      |
      | default       | dflt     |
      | default-falsy | []       |

  @id:templates.app_template_filter @spec:TPL-1 @core
  Scenario: A filter the app registers is used under the name it was given
    When the client sends GET /templates/filter/custom
    Then the status is 200
    And the body is "three two one"
