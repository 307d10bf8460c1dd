@request
Feature: Reading the request body
  get_data() reads the body and keeps it, so the form can still be parsed from it. Parsing
  the form first consumes the body: get_data() then gives the empty string, and so does
  request.data for a form body. A body of another type is no form: request.data holds it.
  Source: Werkzeug Request.get_data, Request.data, Request.form; catalogue REQ-8.

  @id:request.data_then_form @spec:REQ-8 @core
  Scenario: get_data before the form gives the raw body and the form still parses
    When the client sends POST /request/body/data-then-form with the form a=1&b=2
    Then the request's data is "a=1&b=2"
    And the request's form is {"a": ["1"], "b": ["2"]}

  @id:request.form_then_data @spec:REQ-8 @flask
  Scenario: Once the form is parsed, get_data gives the empty string
    When the client sends POST /request/body/form-then-data with the form a=1&b=2
    Then the request's form is {"a": ["1"], "b": ["2"]}
    And the request's data is ""

  @id:request.data_of_a_form @spec:REQ-8 @flask
  Scenario: request.data of a form body is empty
    When the client sends POST /request/body/data with the form a=1&b=2
    Then the request's data is ""
    And the request's form is {"a": ["1"], "b": ["2"]}

  @id:request.data_of_plain_text @spec:REQ-8 @core
  Scenario: A text/plain body is no form: request.data holds it
    When the client sends POST /request/body/data with the text/plain body "a=1&b=2"
    Then the request's data is "a=1&b=2"
    And the request's form is {}
