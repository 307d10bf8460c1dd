@request
Feature: The attributes of the request object
  A view reads the request it answers from flask.request: the method, the path under the
  app's root, the full path with its query string, the parsed query arguments, and the
  URLs the client asked for, all built from the Host the client sent.
  Source: Flask docs, API "Incoming Request Data" (flask.Request); Werkzeug Request; catalogue REQ-1, REQ-2.

  @id:request.method_and_paths @spec:REQ-1 @core
  Scenario: The request names its method, its path and its full path
    When the client sends GET /request/dump?a=1&a=2&b=x
    Then the request's method is "GET"
    And the request's path is "/request/dump"
    And the request's full_path is "/request/dump?a=1&a=2&b=x"

  @id:request.args_every_value @spec:REQ-1 @core
  Scenario: The query arguments hold every value of each key in order
    When the client sends GET /request/dump?a=1&a=2&b=x
    Then the request's args are {"a": ["1", "2"], "b": ["x"]}

  @id:request.url_and_base_url @spec:REQ-1 @core
  Scenario: url is the URL asked for, base_url the same without the query
    When the client sends GET /request/dump?a=1&a=2&b=x
    Then the request's url is the absolute URL of /request/dump?a=1&a=2&b=x
    And the request's base_url is the absolute URL of /request/dump

  @id:request.host_and_roots @spec:REQ-1 @core
  Scenario: host, host_url and url_root come from the Host the client sent
    When the client sends GET /request/dump
    Then the request's host is the client's host
    And the request's scheme is the client's scheme
    And the request's host_url is the client's host URL
    And the request's url_root is the absolute URL of /
    And the request's script_root is the client's root path

  @id:request.remote_addr @spec:REQ-1 @core
  Scenario: remote_addr is the address the client connects from
    When the client sends GET /request/dump
    Then the request's remote_addr is the client's own address

  @id:request.full_path_without_query @spec:REQ-2 @spec:NOTE-20 @flask
  Scenario: Without a query string full_path still ends with a question mark
    When the client sends GET /request/dump
    Then the request's full_path is "/request/dump?"
    And the request's url is the absolute URL of /request/dump

  @id:request.under_a_mount @spec:REQ-1 @core
  Scenario: Under a mount, script_root and url_root hold the mount point
    When the client sends GET /mounted/request/dump?a=1
    Then the request's path is "/request/dump"
    And the request's script_root is the client's root path followed by /mounted
    And the request's url_root is the absolute URL of /mounted/
    And the request's host_url is the client's host URL
    And the request's url is the absolute URL of /mounted/request/dump?a=1
