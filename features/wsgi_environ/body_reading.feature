@wsgi_environ
Feature: When the request body is read
  The app reads the body as far as the server says it goes: CONTENT_LENGTH bytes, or to
  its end when the server sets wsgi.input_terminated (as servers that decode a chunked
  body do). With neither, the body is not read at all: reading on could wait forever. A
  server may hand the body over in short reads, fewer bytes than asked; the app reads on
  until it has the whole.
  Source: PEP 3333 "Input and Error Streams"; Werkzeug wsgi.get_input_stream and LimitedStream; catalogue WSGI-3.

  @id:wsgi_environ.chunked_body_read @spec:WSGI-3 @core
  Scenario: A chunked body the server decodes is read to its end
    When the client sends POST /wsgi_environ/request with the form a=1&b=2 sent chunked
    Then the request's form is {"a": ["1"], "b": ["2"]}

  @id:wsgi_environ.short_reads_form @spec:WSGI-3 @core
  Scenario Outline: A form that arrives in short reads is read whole
    When the client sends POST /wsgi_environ/request with the form a=1&b=22&c=333 sent in pieces of <size> bytes
    Then the request's form is {"a": ["1"], "b": ["22"], "c": ["333"]}

    Examples:
      | size |
      | 1    |
      | 4    |

  @id:wsgi_environ.short_reads_data @spec:WSGI-3 @core
  Scenario: Raw data that arrives in short reads is read whole
    When the client sends POST /wsgi_environ/data with the form a=1&b=22&c=333 sent in pieces of 3 bytes
    Then the status is 200
    And the body is "a=1&b=22&c=333"

  @id:wsgi_environ.unlengthed_form_not_read @spec:WSGI-3 @core
  Scenario: Without a Content-Length the form is not read
    When the client sends POST /wsgi_environ/request with the form a=1&b=2 sent without a Content-Length
    Then the request's form is {}

  @id:wsgi_environ.unlengthed_data_not_read @spec:WSGI-3 @core
  Scenario: Without a Content-Length the raw data is not read
    When the client sends POST /wsgi_environ/data with the form a=1&b=2 sent without a Content-Length
    Then the status is 200
    And the body is empty
