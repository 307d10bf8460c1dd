@routing
Feature: The built-in converter names
  The converters a rule can name without registering any are exactly any, default,
  float, int, path, string and uuid. A rule naming another converter is refused when it
  is added, not when it is requested.
  Source: Werkzeug routing, DEFAULT_CONVERTERS and Rule.get_converter; catalogue CONV-9.

  @id:routing.builtin_converter_names @spec:CONV-9 @core
  Scenario: A new app knows exactly seven converter names
    When the client sends GET /routing/converter-names
    Then the JSON body is ["any", "default", "float", "int", "path", "string", "uuid"]

  @id:routing.unknown_converter_refused @spec:CONV-9 @flask
  Scenario: A rule naming an unknown converter raises LookupError when added
    When the client sends GET /routing/build-errors
    Then the JSON body is {"unknown_converter": "LookupError: the converter 'integer' does not exist"}
