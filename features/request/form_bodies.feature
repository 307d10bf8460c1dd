@request
Feature: Form bodies for every method
  request.form is parsed from an application/x-www-form-urlencoded or multipart/form-data
  body whatever the method: POST, PUT, PATCH, DELETE, and even GET.
  Source: Flask docs, API Request.form; Werkzeug Request.form; catalogue REQ-4, NOTE-14.

  @id:request.form_any_method @spec:REQ-4 @spec:NOTE-14 @core
  Scenario Outline: A form body is parsed for <method>
    When the client sends <method> /request/dump with the form a=2&b=x
    Then the request's form is {"a": ["2"], "b": ["x"]}

    Examples:
      | method |
      | POST   |
      | PUT    |
      | PATCH  |
      | DELETE |
      | GET    |

  @id:request.multipart_form_put @spec:REQ-4 @core
  Scenario: The fields of a multipart body are the form of a PUT
    When the client sends PUT /request/dump with the multipart parts:
      | field | filename | content type | content |
      | note  | (none)   | (none)       | hello   |
    Then the request's form is {"note": ["hello"]}
