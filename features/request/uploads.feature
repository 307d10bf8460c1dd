@request
Feature: File uploads
  Each file part of a multipart/form-data body is a FileStorage in request.files under
  its field name, with the filename exactly as the client sent it (never made safe), the
  part's Content-Type and its content; getlist gives every file of a field, in order.
  Parts without a filename are form fields. A body that is not multipart has no files.
  Source: Flask docs, "Uploading Files"; Werkzeug FileStorage, Request.files; catalogue FILE-1, FILE-2.

  @id:request.upload_one_file @spec:FILE-1 @core
  Scenario: An uploaded file has its filename, content type and content
    When the client sends POST /request/upload with the multipart parts:
      | field | filename   | content type | content   |
      | doc   | report.txt | text/plain   | quarterly |
    Then the request's files are:
      | field | filename   | content type | mimetype   | content   |
      | doc   | report.txt | text/plain   | text/plain | quarterly |

  @id:request.upload_mimetype @spec:FILE-1 @core
  Scenario: The mimetype of an upload is its content type without parameters
    When the client sends POST /request/upload with the multipart parts:
      | field | filename  | content type              | content |
      | doc   | notes.txt | text/plain; charset=utf-8 | hello   |
    Then the request's files are:
      | field | filename  | content type              | mimetype   | content |
      | doc   | notes.txt | text/plain; charset=utf-8 | text/plain | hello   |

  @id:request.upload_several_per_field @spec:FILE-1 @core
  Scenario: getlist gives every file of a field in the order sent
    When the client sends POST /request/upload with the multipart parts:
      | field  | filename | content type | content |
      | photos | b.png    | image/png    | second  |
      | photos | a.png    | image/png    | first   |
      | doc    | c.txt    | text/plain   | third   |
    Then the request's files are:
      | field  | filename | content type | mimetype   | content |
      | photos | b.png    | image/png    | image/png  | second  |
      | photos | a.png    | image/png    | image/png  | first   |
      | doc    | c.txt    | text/plain   | text/plain | third   |

  @id:request.upload_filename_as_sent @spec:FILE-1 @core @security
  Scenario: The filename of an upload is exactly as sent, path and all
    When the client sends POST /request/upload with the multipart parts:
      | field | filename             | content type | content |
      | doc   | ../../etc/passwd.txt | text/plain   | root    |
    Then the request's files are:
      | field | filename             | content type | mimetype   | content |
      | doc   | ../../etc/passwd.txt | text/plain   | text/plain | root    |

  @id:request.upload_empty_file_input @spec:FILE-1 @flask
  Scenario: A part with an empty filename and no type is still a file
    When the client sends POST /request/upload with the multipart parts:
      | field | filename | content type | content |
      | doc   |          | (none)       |         |
    Then the request's files are:
      | field | filename | content type | mimetype | content |
      | doc   |          | (none)       |          |         |

  @id:request.upload_fields_in_form @spec:FILE-1 @core
  Scenario: Parts without a filename are form fields, not files
    When the client sends POST /request/upload with the multipart parts:
      | field | filename   | content type | content   |
      | note  | (none)     | (none)       | hello     |
      | doc   | report.txt | text/plain   | quarterly |
    Then the request's form is {"note": ["hello"]}
    And the request's files are:
      | field | filename   | content type | mimetype   | content   |
      | doc   | report.txt | text/plain   | text/plain | quarterly |

  @id:request.urlencoded_has_no_files @spec:FILE-2 @core
  Scenario: A urlencoded body has no files, its values are in the form
    When the client sends POST /request/upload with the form file=abc
    Then the request's files are {}
    And the request's form is {"file": ["abc"]}
