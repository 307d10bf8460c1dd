@methods
Feature: Turning the automatic OPTIONS answer off
  A view whose rule lists OPTIONS answers it itself. provide_automatic_options=False, on
  the rule or as an attribute of the view function, and the PROVIDE_AUTOMATIC_OPTIONS=False
  setting of an app, leave OPTIONS out of the rule's methods, so OPTIONS is a 405 whose
  Allow header lists GET and HEAD.
  Source: Flask docs, add_url_rule (provide_automatic_options) and "Configuration Handling"; catalogue METH-3, METH-4.
  Versions: Flask 2.2 to 3.0 ignore PROVIDE_AUTOMATIC_OPTIONS (added in 3.1.0) and answer OPTIONS with 200.

  @id:methods.view_answers_listed_options @spec:METH-3 @core
  Scenario: A view whose rule lists OPTIONS answers OPTIONS itself
    When the client sends OPTIONS /methods/custom-options
    Then the status is 200
    And the body is "custom options"

  @id:methods.rule_without_automatic_options @spec:METH-3 @core
  Scenario Outline: provide_automatic_options=False makes OPTIONS a 405
    When the client sends OPTIONS <path>
    Then the status is 405
    And the Allow header lists exactly GET, HEAD

    Examples: on the rule
      | path              |
      | /methods/rule-off |

    Examples: on the view function
      | path              |
      | /methods/view-off |

  @id:methods.app_without_automatic_options @spec:METH-4 @core
  Scenario: PROVIDE_AUTOMATIC_OPTIONS=False makes OPTIONS a 405 app-wide
    When the client sends OPTIONS /methods/config-off/page
    Then the status is 405
    And the Allow header lists exactly GET, HEAD
