@limits
Feature: The number of multipart parts
  A multipart form may have at most MAX_FORM_PARTS parts: 1000 by default (at
  /limits/default), 5 at /limits/form-parts. One more, and the form read answers 413.
  The limit counts multipart parts only: a urlencoded form may have more fields.
  Source: Flask docs, Configuration (MAX_FORM_PARTS); Werkzeug Request.max_form_parts; catalogue LIMIT-4.
  Versions: the default of 1000 holds since Werkzeug 2.2.3; the MAX_FORM_PARTS config is read since Flask 3.1.0 (ignored before).

  @id:limits.form_parts_default @spec:LIMIT-4 @core @security
  Scenario Outline: A multipart form of more than 1000 parts answers 413
    When the client sends POST /limits/default/form with <count> multipart fields
    Then the status is <status>

    Examples: accepted
      | count | status |
      | 1000  | 200    |

    Examples: rejected
      | count | status |
      | 1001  | 413    |

  @id:limits.form_parts_not_urlencoded @spec:LIMIT-4 @core @security
  Scenario: A urlencoded form of more than 1000 fields is read
    When the client sends POST /limits/default/form with 1001 form fields
    Then the status is 200
    And the JSON body is {"fields": 1001, "files": 0}

  @id:limits.form_parts_configured @spec:LIMIT-4 @core @security
  Scenario Outline: MAX_FORM_PARTS sets the number of parts allowed
    When the client sends POST /limits/form-parts/form with <count> multipart fields
    Then the status is <status>

    Examples: accepted
      | count | status |
      | 5     | 200    |

    Examples: rejected
      | count | status |
      | 6     | 413    |
