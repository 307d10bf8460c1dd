@wsgi_environ
Feature: The request read from the CGI variables of the environ
  The request object reads what the server put in the environ: the method from
  REQUEST_METHOD, the query from QUERY_STRING, the form from the body by CONTENT_TYPE and
  CONTENT_LENGTH, the cookies from HTTP_COOKIE, every other header from its HTTP_ variable,
  the client's address from REMOTE_ADDR. /wsgi_environ/request answers what the view read,
  and those variables, as JSON.
  Source: PEP 3333 "environ Variables"; RFC 3875 section 4.1; Werkzeug wsgi.Request; catalogue WSGI-1.

  @id:wsgi_environ.method_and_query_variables @spec:WSGI-1 @core
  Scenario: The method and the query string are the environ's
    When the client sends POST /wsgi_environ/request?q=1&q=2 with the form a=1&b=2
    Then the environ's REQUEST_METHOD was "POST"
    And the environ's QUERY_STRING was "q=1&q=2"
    And the request's method is "POST"
    And the request's full_path is "/wsgi_environ/request?q=1&q=2"

  @id:wsgi_environ.form_from_length_and_type @spec:WSGI-1 @core
  Scenario: The form is read from the body by CONTENT_TYPE and CONTENT_LENGTH
    When the client sends POST /wsgi_environ/request with the form a=1&b=2
    Then the environ's CONTENT_TYPE was "application/x-www-form-urlencoded"
    And the environ's CONTENT_LENGTH was "7"
    And the request's form is {"a": ["1"], "b": ["2"]}

  @id:wsgi_environ.cookies_from_http_cookie @spec:WSGI-1 @core
  Scenario: The cookies are read from HTTP_COOKIE
    Given the client sends every request with the header Cookie: a=1; b=2
    When the client sends GET /wsgi_environ/request
    Then the environ's HTTP_COOKIE was "a=1; b=2"
    And the request's cookies is {"a": "1", "b": "2"}

  @id:wsgi_environ.header_from_http_variable @spec:WSGI-1 @core
  Scenario: A request header is read from its HTTP_ variable
    Given the client sends every request with the header X-Custom-Header: v
    When the client sends GET /wsgi_environ/request
    Then the environ's HTTP_X_CUSTOM_HEADER was "v"
    And the request's header X-Custom-Header is "v"

  @id:wsgi_environ.remote_addr_variable @spec:WSGI-1 @core
  Scenario: The client's address is REMOTE_ADDR
    When the client sends GET /wsgi_environ/request
    Then the request's remote_addr is the environ's REMOTE_ADDR
