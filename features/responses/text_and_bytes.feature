@responses
Feature: A string or bytes returned by a view
  A view that returns a string answers 200 with the string encoded in UTF-8, labelled
  text/html; charset=utf-8, with a Content-Length that counts its bytes. Bytes are sent as
  they are, with the same status and labels.
  Source: Flask docs, Quickstart "About Responses"; Flask.make_response; catalogue RESP-1.

  @id:responses.text_and_bytes_defaults @spec:RESP-1 @core
  Scenario Outline: A returned string or bytes answers 200 as HTML with its length
    When the client sends GET /responses/return/<kind>
    Then the status is 200
    And the header Content-Type is "text/html; charset=utf-8"
    And the header Content-Length is "5"
    And the body is "hello"

    Examples:
      | kind  |
      | text  |
      | bytes |

  @id:responses.text_encoded_utf8 @spec:RESP-1 @core
  Scenario: A returned string is sent in UTF-8, its length counted in bytes
    When the client sends GET /responses/return/utf8-text
    Then the status is 200
    And the header Content-Type is "text/html; charset=utf-8"
    And the header Content-Length is "6"
    And the body is "张三"
