@limits
Feature: The memory limit of form fields
  A form field that is not a file is held in memory, so its size is limited even without
  MAX_CONTENT_LENGTH: MAX_FORM_MEMORY_SIZE, 500 000 bytes by default (at /limits/default),
  10 at /limits/form-memory. Over it the form read answers 413. For a urlencoded form
  the whole body counts; for multipart, each field's value. File parts are not limited.
  Source: Flask docs, Configuration (MAX_FORM_MEMORY_SIZE); Werkzeug Request.max_form_memory_size; catalogue LIMIT-3.
  Versions: before Flask 3.1.0 / Werkzeug 3.1.0 no form memory limit: no default, and MAX_FORM_MEMORY_SIZE is ignored (200).

  @id:limits.form_memory_default @spec:LIMIT-3 @core @security
  Scenario Outline: A form field over 500 000 bytes answers 413 by default
    When the client sends POST /limits/default/form with <form> of <size> bytes
    Then the status is <status>

    Examples: accepted
      | form              | size   | status |
      | a form body       | 500000 | 200    |
      | a multipart field | 500000 | 200    |

    Examples: rejected
      | form              | size   | status |
      | a form body       | 500001 | 413    |
      | a multipart field | 500001 | 413    |

  @id:limits.form_memory_counts_urlencoded_body @spec:LIMIT-3 @core @security
  Scenario Outline: A urlencoded form counts whole, a multipart form per field
    When the client sends POST /limits/default/form with 2 <kind> fields of 300000 bytes
    Then the status is <status>

    Examples:
      | kind      | status |
      | form      | 413    |
      | multipart | 200    |

  @id:limits.form_memory_spares_files @spec:LIMIT-3 @core @security
  Scenario: A file part over the form memory limit is read
    When the client sends POST /limits/default/form with a multipart file of 600000 bytes
    Then the status is 200
    And the JSON body is {"fields": 0, "files": 1}

  @id:limits.form_memory_configured @spec:LIMIT-3 @core @security
  Scenario Outline: MAX_FORM_MEMORY_SIZE sets the form memory limit
    When the client sends POST /limits/form-memory/form with <form> of <size> bytes
    Then the status is <status>

    Examples: accepted
      | form              | size | status |
      | a form body       | 10   | 200    |

    Examples: rejected
      | form              | size | status |
      | a form body       | 11   | 413    |
      | a multipart field | 20   | 413    |
