@request
Feature: Query arguments in the order sent
  request.args keeps the keys of the query string in the order they first appear, and the
  values of each key in the order sent; non-ASCII keys and values are decoded from UTF-8.
  Source: Werkzeug MultiDict, Request.args; catalogue REQ-1, REQ-3.

  @id:request.args_lists_in_order @spec:REQ-1 @spec:REQ-3 @core @property
  Scenario: Any query string round-trips through args.lists() in order
    When the client generates query strings with non-ASCII and repeated keys
    Then GET /request/args-lists answers each of them with its keys in order, each with its values in order
