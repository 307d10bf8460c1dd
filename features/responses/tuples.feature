@responses
Feature: A tuple returned by a view
  A view may return (body, status), (body, headers) or (body, status, headers). Headers are
  a dict or a list of pairs; a list may give one header several lines, and a Content-Type
  given there replaces the default. A status given as text is sent as it is; a number
  without a standard reason phrase gets UNKNOWN.
  Source: Flask docs, Quickstart "About Responses"; Flask.make_response; catalogue RESP-2.

  @id:responses.tuple_sets_status @spec:RESP-2 @core
  Scenario: The second item of a tuple sets the status
    When the client sends GET /responses/return/status
    Then the status is 201
    And the header Content-Type is "text/html; charset=utf-8"
    And the header Content-Length is "7"
    And the body is "created"

  @id:responses.tuple_headers_dict @spec:RESP-2 @core
  Scenario: A dict as the second item adds headers to a 200
    When the client sends GET /responses/return/headers-dict
    Then the status is 200
    And the header X-Extra is "dict"
    And the header Content-Type is "text/html; charset=utf-8"
    And the header Content-Length is "13"
    And the body is "with a header"

  @id:responses.tuple_headers_pairs @spec:RESP-2 @core
  Scenario: A list of pairs sends one header line per pair
    When the client sends GET /responses/return/headers-list
    Then the status is 200
    And the header X-Extra is sent twice, as "one" then "two"
    And the header Content-Length is "12"
    And the body is "with headers"

  @id:responses.tuple_status_and_headers @spec:RESP-2 @core
  Scenario: A tuple of body, status and headers sets all three
    When the client sends GET /responses/return/status-and-headers
    Then the status is 202
    And the header X-Extra is "three"
    And the header Content-Type is "text/html; charset=utf-8"
    And the header Content-Length is "8"
    And the body is "accepted"

  @id:responses.tuple_content_type @spec:RESP-2 @core
  Scenario: A Content-Type in the tuple's headers replaces the default
    When the client sends GET /responses/return/content-type
    Then the status is 200
    And the header Content-Type is "text/plain"
    And the header Content-Length is "5"
    And the body is "plain"

  @id:responses.tuple_status_text @spec:RESP-2 @flask
  Scenario: A status given as text is sent with its own reason phrase
    When the client sends GET /responses/return/status-text
    Then the status is 299 with the reason phrase "CUSTOM THING"
    And the body is "custom"

  @id:responses.unknown_code_reason @spec:RESP-2 @flask
  Scenario: A status number without a standard reason is sent as UNKNOWN
    When the client sends GET /responses/return/unknown-code
    Then the status is 299 with the reason phrase "UNKNOWN"
    And the body is "unknown"
