@static_files
Feature: Validators of a static file answer
  A static file answer carries a strong ETag and a Last-Modified date, the file's
  modification time in whole seconds, so that a client can revalidate what it holds.
  Werkzeug makes the ETag from the file's mtime, size and the adler32 of its path.
  Source: Werkzeug utils.send_file (etag, last_modified); RFC 9110 8.8; catalogue STATIC-1.

  @id:static_files.strong_etag @spec:STATIC-1 @core
  Scenario: A static file answer carries a strong ETag
    When the client sends GET /static_files/static/style.css
    Then the status is 200
    And the ETag is a strong entity tag

  @id:static_files.etag_from_file @spec:STATIC-1 @flask
  Scenario: The ETag of a static file is made of its mtime, size and path
    When the client sends GET /static_files/static/style.css
    Then the ETag is made of the mtime, size and path that /static_files/stat/style.css reports

  @id:static_files.last_modified_mtime @spec:STATIC-1 @core
  Scenario: The Last-Modified of a static file is its modification time
    When the client sends GET /static_files/static/style.css
    Then the status is 200
    And the Last-Modified is the mtime that /static_files/stat/style.css reports
