@methods
Feature: Automatic HEAD on GET rules
  A rule that allows GET also allows HEAD. A HEAD request runs the GET view, with HEAD
  as the request method, and is answered with the headers a GET would get, Content-Length
  included, and no body. Flask's answer to a HEAD is an empty WSGI body whatever the view
  returned (Werkzeug's Response.get_app_iter), so in-process the body is empty; over a
  socket the client reads no body after a HEAD, and the Content-Length is what shows.
  Source: Werkzeug routing Rule(methods), Response.get_app_iter; catalogue METH-1, ROUTE-1.

  @id:methods.head_sends_no_body @spec:METH-1 @spec:ROUTE-1 @core
  Scenario: HEAD on a GET rule answers 200 without a body
    When the client sends HEAD /methods/page
    Then the status is 200
    And the body is empty

  @id:methods.head_announces_get_length @spec:METH-1 @flask
  Scenario Outline: HEAD announces the Content-Length of the GET body
    When the client sends <method> /methods/page
    Then the header Content-Length is "9"

    Examples:
      | method |
      | GET    |
      | HEAD   |

  @id:methods.head_runs_get_view @spec:METH-1 @core
  Scenario: HEAD runs the GET view with HEAD as the request method
    When the client sends HEAD /methods/page
    Then the header X-Method is "HEAD"
