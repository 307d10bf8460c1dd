@request
Feature: request.values, the query arguments and then the form
  request.values combines args and form, args first, for every method but GET. For a GET,
  values holds only the query arguments, even when a form body was sent and parsed: a body
  must not change what a cacheable GET means.
  Source: Werkzeug Request.values; catalogue REQ-5, NOTE-14.
  Versions: the same in Flask 2.2 to 3.1; before Werkzeug 2.0 (Flask 2.0) values held the form of a GET too.

  @id:request.values_args_then_form @spec:REQ-5 @core
  Scenario Outline: For <method>, values holds the query value then the form value
    When the client sends <method> /request/dump?a=1 with the form a=2
    Then the request's values are {"a": ["1", "2"]}

    Examples:
      | method |
      | POST   |
      | PUT    |
      | PATCH  |
      | DELETE |

  @id:request.values_get_args_only @spec:REQ-5 @spec:NOTE-14 @core
  Scenario: For a GET, values holds only the query arguments
    When the client sends GET /request/dump?a=1 with the form a=2
    Then the request's values are {"a": ["1"]}
    And the request's form is {"a": ["2"]}
