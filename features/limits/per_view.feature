@limits
Feature: A size limit set by the view
  A view may set request.max_content_length before it reads the body: the limit holds for
  that request only, on an app without MAX_CONTENT_LENGTH (/limits/default).
  Source: Flask Request.max_content_length ("can be set per-request"); catalogue LIMIT-5.
  Versions: before Flask 3.1.0 request.max_content_length has no setter: the view raises AttributeError (500).

  @id:limits.per_view_max_content_length @spec:LIMIT-5 @core @security
  Scenario Outline: request.max_content_length set in a view limits its body
    When the client sends POST /limits/default/per-view with a form body of <size> bytes
    Then the status is <status>

    Examples: accepted
      | size | status |
      | 10   | 200    |

    Examples: rejected
      | size | status |
      | 11   | 413    |
