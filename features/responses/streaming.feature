@responses
Feature: Streamed answers and answers without a body
  A view that returns a generator has its chunks sent in order as they are made, so the
  answer has no Content-Length; over HTTP/1.1 a server then sends the body in chunked
  coding. A view that returns an empty body with 204 answers No Content.
  Source: Flask docs, "Streaming Contents"; Flask.make_response; catalogue RESP-6.

  @id:responses.generator_streamed @spec:RESP-6 @core
  Scenario: A generator's chunks make the body in order, with no length
    When the client sends GET /responses/return/stream
    Then the status is 200
    And the header Content-Type is "text/html; charset=utf-8"
    And the response has no header Content-Length
    And the body is exactly these lines, each ending with a newline:
      """
      first
      second
      third
      """

  @id:responses.generator_chunked_on_the_wire @spec:RESP-6 @core @live_only
  Scenario: A generator's answer is sent chunked over HTTP/1.1
    When the client sends GET /responses/return/stream
    Then the status is 200
    And the body is sent chunked when the server answers in HTTP/1.1

  @id:responses.no_content_204 @spec:RESP-6 @core
  Scenario: An empty body with status 204 answers No Content
    When the client sends GET /responses/return/no-content
    Then the status is 204
    And the body is empty
