@responses
Feature: Responses built with make_response and Response
  make_response takes what a view may return and gives the response, to change before
  returning it; with no arguments it is an empty 200. A Response built directly is
  labelled text/html; charset=utf-8 unless it is given a mimetype, to which the charset is
  added for text types, or a content_type, which is sent exactly as given.
  Source: Flask docs, flask.make_response, flask.Response; catalogue RESP-5.

  @id:responses.make_response_status_headers @spec:RESP-5 @core
  Scenario: make_response with a body, a status and headers sets all three
    When the client sends GET /responses/return/make-response
    Then the status is 404
    And the header X-Made is "1"
    And the header Content-Type is "text/html; charset=utf-8"
    And the header Content-Length is "4"
    And the body is "made"

  @id:responses.make_response_of_dict @spec:RESP-5 @core
  Scenario: make_response of a dict makes a JSON response
    When the client sends GET /responses/return/make-response-dict
    Then the status is 200
    And the header Content-Type is "application/json"
    And the header Content-Length is "8"
    And the body is the JSON text {"a":1} and a newline

  @id:responses.make_response_empty @spec:RESP-5 @core
  Scenario: make_response without arguments is an empty 200
    When the client sends GET /responses/return/make-response-empty
    Then the status is 200
    And the header Content-Type is "text/html; charset=utf-8"
    And the header Content-Length is "0"
    And the body is empty

  @id:responses.response_object_mimetype @spec:RESP-5 @core
  Scenario: A Response with a text mimetype gets the UTF-8 charset added
    When the client sends GET /responses/return/response-mimetype
    Then the status is 202
    And the header Content-Type is "text/plain; charset=utf-8"
    And the header Content-Length is "1"
    And the body is "r"

  @id:responses.response_object_content_type @spec:RESP-5 @core
  Scenario: A Response with a content_type sends it exactly as given
    When the client sends GET /responses/return/response-content-type
    Then the status is 200
    And the header Content-Type is "application/xml"
    And the header Content-Length is "1"
    And the body is "r"

  @id:responses.response_object_default @spec:RESP-5 @core
  Scenario: A Response with only a body is UTF-8 HTML with its length
    When the client sends GET /responses/return/response-default
    Then the status is 200
    And the header Content-Type is "text/html; charset=utf-8"
    And the header Content-Length is "1"
    And the body is "r"
