@defaults
Feature: Rule defaults reach the view
  The defaults of a rule are passed to its view as keyword arguments, as if they
  had been part of the URL.
  Source: Flask docs, "URL Route Registrations" (defaults); Werkzeug routing Rule; catalogue DEF-1.

  @id:defaults.passed_to_view @spec:DEF-1 @core
  Scenario Outline: The view receives the defaults of its rule
    When the client sends GET <path>
    Then the status is 200
    And the body is "<body>"

    Examples:
      | path             | body         |
      | /defaults/index  | nid=888      |
      | /defaults/users/ | users page 1 |
