@request
Feature: Request cookies and headers
  request.cookies holds the cookies of the Cookie header, whether its pairs are separated
  by "; " or by ";" alone. request.headers is looked up without regard to case: a header
  sent as X-Custom-Header is also x-custom-header and X-CUSTOM-HEADER.
  Source: Flask docs, API Request.cookies, Request.headers; Werkzeug EnvironHeaders, parse_cookie; catalogue REQ-6.

  @id:request.cookies_parsed @spec:REQ-6 @core
  Scenario Outline: The Cookie header <cookie> gives the request two cookies
    Given the client sends every request with the header Cookie: <cookie>
    When the client sends GET /request/dump
    Then the request's cookies are {"a": "1", "b": "2"}

    Examples:
      | cookie   |
      | a=1; b=2 |
      | a=1;b=2  |

  @id:request.headers_any_case @spec:REQ-6 @core
  Scenario Outline: A header sent as X-Custom-Header is found as <asked>
    Given the client sends every request with the header X-Custom-Header: blue
    When the client sends GET /request/header/<asked>
    Then the JSON body is {"value": "blue"}

    Examples:
      | asked           |
      | x-custom-header |
      | X-CUSTOM-HEADER |
      | x-cUSTOM-hEADER |

  @id:request.header_absent @spec:REQ-6 @core
  Scenario: A header the client did not send is None
    When the client sends GET /request/header/X-Custom-Header
    Then the JSON body is {"value": null}
