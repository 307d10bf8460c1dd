@routing
Feature: Query string arguments
  request.args holds the decoded query string: get and to_dict give the first value of a
  repeated key, getlist every value in order. A key without a value, or with an empty
  one, is the empty string; "+" and percent-escapes are decoded.
  Source: Werkzeug MultiDict, Request.args; catalogue QS-1.

  @id:routing.args_get_first @spec:QS-1 @core
  Scenario: get gives the first value of a repeated key
    When the client sends GET /routing/args/get?a=1&a=2
    Then the JSON body is {"a": "1"}

  @id:routing.args_getlist_all @spec:QS-1 @core
  Scenario: getlist gives every value of a repeated key in order
    When the client sends GET /routing/args/getlist?a=1&a=2&b=3&a=0
    Then the JSON body is {"a": ["1", "2", "0"], "b": ["3"]}

  @id:routing.args_to_dict_first @spec:QS-1 @core
  Scenario: to_dict keeps the first value of a repeated key
    When the client sends GET /routing/args/to_dict?a=1&a=2
    Then the JSON body is {"a": "1"}

  @id:routing.args_blank_values @spec:QS-1 @core
  Scenario: A key without a value or with an empty one gives the empty string
    When the client sends GET /routing/args/get?a&b=
    Then the JSON body is {"a": "", "b": ""}

  @id:routing.args_decoded @spec:QS-1 @core
  Scenario: Plus signs and percent-escapes are decoded
    When the client sends GET /routing/args/get?a=%E4%B8%AD+b&c=1%2B1
    Then the JSON body is {"a": "中 b", "c": "1+1"}

  @id:routing.args_repeated_keys @spec:QS-1 @core @property
  Scenario: Any repeated keys give get the first value and getlist them all
    When the client generates query strings with repeated keys
    Then GET /routing/args/get answers each of them with the first value of each key
    And GET /routing/args/getlist answers each of them with every value of each key, in order
