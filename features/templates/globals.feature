@templates
Feature: Template globals and context processors
  Every template rendered in a request can use request, session, g, config, url_for and
  get_flashed_messages without the view passing them, and the values that the app's
  context processors return.
  Source: Flask docs, Templates "Standard Context" and "Context Processors"; catalogue TPL-5.

  @id:templates.standard_context @spec:TPL-5 @core
  Scenario Outline: A template reads a global of the standard context
    When the client sends GET /templates/globals/<global>?q=hi
    Then the status is 200
    And the body is "<rendered>"

    Examples:
      | global               | rendered    |
      | request              | GET hi      |
      | session              | alice       |
      | g                    | bob         |
      | config               | Conformance |
      | get_flashed_messages | saved       |

  @id:templates.url_for_global @spec:TPL-5 @core
  Scenario: A template builds a URL with url_for
    When the client sends GET /templates/globals/url_for
    Then the status is 200
    And the body is the relative URL of /templates/page/access

  @id:templates.context_processor @spec:TPL-5 @core
  Scenario: A value a context processor returns is in every template
    When the client sends GET /templates/page/processor
    Then the status is 200
    And the body is "injected by a context processor"
