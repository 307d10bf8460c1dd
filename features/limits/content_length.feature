@limits
Feature: MAX_CONTENT_LENGTH and the form
  With MAX_CONTENT_LENGTH set (100 bytes at /limits/capped), a view that reads the form
  of a longer body, urlencoded or multipart, is answered 413 Request Entity Too Large; a
  body of the limit itself is read. The limit is checked when the body is read: a view
  that never touches the body answers as usual.
  Source: Flask docs, Configuration (MAX_CONTENT_LENGTH), Security Considerations ("Resource Use"); catalogue LIMIT-1, NOTE-18.

  @id:limits.form_over_max_content_length @spec:LIMIT-1 @spec:NOTE-18 @core @security
  Scenario Outline: Reading the form of a body over MAX_CONTENT_LENGTH answers 413
    When the client sends POST /limits/capped/form with a form body of <size> bytes
    Then the status is <status>

    Examples: accepted
      | size | status |
      | 100  | 200    |

    Examples: rejected
      | size | status |
      | 101  | 413    |
      | 202  | 413    |

  @id:limits.multipart_over_max_content_length @spec:LIMIT-1 @core @security
  Scenario: Reading a multipart upload over MAX_CONTENT_LENGTH answers 413
    When the client sends POST /limits/capped/form with a multipart file of 200 bytes
    Then the status is 413

  @id:limits.unread_body_not_limited @spec:LIMIT-1 @spec:NOTE-18 @flask @security
  Scenario: A view that never reads the body answers a body over the limit
    When the client sends POST /limits/capped/untouched with a form body of 202 bytes
    Then the status is 200
    And the body is "untouched"

  @id:limits.too_large_page @spec:LIMIT-1 @flask @security
  Scenario: The 413 answer is Werkzeug's Request Entity Too Large page
    When the client sends POST /limits/capped/form with a form body of 202 bytes
    Then the header Content-Type is "text/html; charset=utf-8"
    And the body is exactly these lines, each ending with a newline:
      """
      <!doctype html>
      <html lang=en>
      <title>413 Request Entity Too Large</title>
      <h1>Request Entity Too Large</h1>
      <p>The data value transmitted exceeds the capacity limit.</p>
      """
