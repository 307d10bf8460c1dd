@methods
Feature: Automatic OPTIONS answers
  Every rule answers OPTIONS by itself unless it handles OPTIONS in its view: 200 with an
  empty body and an Allow header that lists every method of every rule for the path,
  OPTIONS and the automatic HEAD included. A path that no rule matches is a 404 for
  OPTIONS too.
  Source: Flask docs, "HTTP Methods"; Flask.make_default_options_response; catalogue METH-2, METH-5.

  @id:methods.options_lists_path_methods @spec:METH-2 @core
  Scenario Outline: OPTIONS lists the methods of the rule for the path
    When the client sends OPTIONS <path>
    Then the status is 200
    And the Allow header lists exactly <allow>

    Examples:
      | path          | allow                    |
      | /methods/page | GET, HEAD, OPTIONS       |
      | /methods/form | GET, HEAD, POST, OPTIONS |

  @id:methods.options_unites_rules @spec:METH-2 @core
  Scenario: OPTIONS on a path of two rules lists the methods of both
    When the client sends OPTIONS /methods/multi
    Then the status is 200
    And the Allow header lists exactly GET, HEAD, DELETE, OPTIONS

  @id:methods.options_answer_is_empty @spec:METH-2 @core
  Scenario: The automatic OPTIONS answer has an empty body
    When the client sends OPTIONS /methods/form
    Then the header Content-Length is "0"
    And the body is empty

  @id:methods.options_answer_is_html @spec:METH-2 @flask
  Scenario: The automatic OPTIONS answer has Flask's default content type
    When the client sends OPTIONS /methods/form
    Then the header Content-Type is "text/html; charset=utf-8"

  @id:methods.options_unknown_path_404 @spec:METH-5 @core
  Scenario: OPTIONS on a path that no rule matches is a 404
    When the client sends OPTIONS /methods/nowhere
    Then the status is 404
