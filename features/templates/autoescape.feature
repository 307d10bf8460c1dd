@templates
Feature: Autoescape
  Values rendered into a template whose name ends in .html, .htm, .xml, .xhtml or .svg,
  and into a template string, are HTML-escaped, so text a client sent cannot become markup.
  Other templates (.txt, .jinja) are not escaped, and the safe filter marks a value as
  markup that is not escaped. A rendered template is served as text/html.
  Source: Flask docs, Templates "Controlling Autoescaping"; Flask.select_jinja_autoescape; catalogue TPL-2.

  @id:templates.autoescape_on @spec:TPL-2 @core @security
  Scenario Outline: A value rendered into an HTML or XML template is escaped
    When the client sends GET /templates/autoescape/<extension>
    Then the status is 200
    And the body is "&lt;b&gt;&amp;&lt;/b&gt;"

    Examples:
      | extension |
      | html      |
      | htm       |
      | xml       |
      | xhtml     |
      | svg       |

  @id:templates.autoescape_off @spec:TPL-2 @flask
  Scenario Outline: A value rendered into a text template is not escaped
    When the client sends GET /templates/autoescape/<extension>
    Then the status is 200
    And the body is "<b>&</b>"

    Examples:
      | extension |
      | txt       |
      | jinja     |

  @id:templates.template_string_escaped @spec:TPL-2 @core @security
  Scenario: A value rendered into a template string is escaped
    When the client sends GET /templates/autoescape-string
    Then the status is 200
    And the body is "&lt;b&gt;&amp;&lt;/b&gt;"

  @id:templates.user_input_escaped @spec:TPL-2 @core @security
  Scenario Outline: Text a client sends is escaped where an HTML template renders it
    When the client sends GET /templates/greet?name=<name>
    Then the status is 200
    And the body is "<greeting>"

    Examples:
      | name                      | greeting                                      |
      | <script>alert(1)</script> | Hello &lt;script&gt;alert(1)&lt;/script&gt;!  |
      | "quoted"                  | Hello &#34;quoted&#34;!                       |
      | it's                      | Hello it&#39;s!                               |
      | fish%26chips              | Hello fish&amp;chips!                         |

  @id:templates.safe_filter @spec:TPL-2 @core
  Scenario: The safe filter renders a value as markup, unescaped
    When the client sends GET /templates/page/safe
    Then the status is 200
    And the body is "<b>&</b>"

  @id:templates.text_template_served_as_html @spec:TPL-2 @flask
  Scenario: A rendered text template is served as text/html
    When the client sends GET /templates/autoescape/txt
    Then the header Content-Type is "text/html; charset=utf-8"
