@responses
Feature: A header value that holds a line break is refused
  A header value holding CR or LF would end its header line and let the rest start a
  header of its own (response splitting). Werkzeug refuses such a value with a
  ValueError, whether it comes in a returned tuple or is set on a response: with TESTING
  and DEBUG off the answer is a 500, and no part of the value reaches the client.
  Source: Werkzeug datastructures.Headers (header values must not contain newlines); catalogue RESP-2.

  @id:responses.header_newline_refused @spec:RESP-2 @core @security
  Scenario Outline: A header value with CR LF answers 500 without the header
    When the client sends GET /responses/header-newline/<how>
    Then the status is 500
    And the response has no header X-Note
    And the response sets no cookie

    Examples:
      | how      |
      | in-tuple |
      | assigned |
