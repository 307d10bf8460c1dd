@redirect_to
Feature: The methods a redirect_to rule answers
  A redirect_to rule has the default methods of a route: GET, with HEAD and OPTIONS
  added. Any other method is answered with 405 and an Allow header listing those three.
  Source: Werkzeug routing Rule(methods); catalogue RTO-4.

  @id:redirect_to.post_not_allowed @spec:RTO-4 @core
  Scenario: A POST to a redirect_to rule is not allowed
    When the client sends POST /redirect_to/old/5
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, OPTIONS
