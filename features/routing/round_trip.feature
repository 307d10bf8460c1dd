@routing
Feature: Converter values round-trip through url_for
  Whatever value a converter matches reaches the view converted, and url_for, given that
  value, builds a URL that the same rule matches with the same value (a canonical form:
  leading zeros dropped, a UUID in lower case).
  Source: Werkzeug routing, BaseConverter.to_python and to_url; catalogue CONV-1, CONV-4, CONV-5, CONV-7, CONV-8.

  @id:routing.converter_round_trip @spec:CONV-1 @spec:CONV-4 @spec:CONV-5 @spec:CONV-7 @spec:CONV-8 @core @property
  Scenario Outline: Any matched value reaches the view and url_for builds it back
    When the client generates <kind> values for GET /routing/<kind>/{value}
    Then each of them reaches the view as a <type>, and the URL built from it gives it back

    Examples:
      | kind   | type  |
      | string | str   |
      | path   | str   |
      | int    | int   |
      | float  | float |
      | uuid   | UUID  |
