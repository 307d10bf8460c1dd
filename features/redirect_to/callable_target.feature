@redirect_to
Feature: A rule that redirects to the URL a function returns
  A callable redirect_to is called with the URL adapter and the values of the rule,
  already converted. The URL it returns becomes the absolute Location of a 308.
  Source: Werkzeug routing, Rule(redirect_to=callable); catalogue RTO-2, NOTE-2.

  @id:redirect_to.callable_gets_converted_values @spec:RTO-2 @core
  Scenario: A redirect_to function receives the converted values
    When the client sends GET /redirect_to/typed/6
    Then the status is 308
    And the Location is the absolute URL of /redirect_to/home/6?t=int

  @id:redirect_to.callable_gets_map_adapter @spec:RTO-2 @flask
  Scenario: A redirect_to function receives the MapAdapter first
    When the client sends GET /redirect_to/adapter/6
    Then the status is 308
    And the Location is the absolute URL of /redirect_to/home/6?adapter=MapAdapter
