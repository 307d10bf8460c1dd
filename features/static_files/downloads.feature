@static_files
Feature: Files sent as downloads
  send_from_directory and send_file with as_attachment say Content-Disposition:
  attachment with the file's name, or with download_name; a name that is not ASCII is
  sent as filename* (UTF-8, percent-encoded) after an ASCII fallback filename, and a name
  with a space is quoted. A file built in memory is sent with the type it is given.
  Source: Flask docs, send_file and send_from_directory; Werkzeug utils.send_file; RFC 6266; catalogue STATIC-7.

  @id:static_files.download_bytes @spec:STATIC-7 @core
  Scenario: A download is the file's bytes
    When the client sends GET /static_files/download/notes.txt
    Then the status is 200
    And the body is exactly these lines, each ending with a newline:
      """
      static notes
      """

  @id:static_files.attachment_named @spec:STATIC-7 @flask
  Scenario: as_attachment names the file as an attachment
    When the client sends GET /static_files/download/notes.txt
    Then the header Content-Disposition is "attachment; filename=notes.txt"

  @id:static_files.plain_download_name @spec:STATIC-7 @flask
  Scenario Outline: download_name is the name of the attachment
    When the client sends GET /static_files/download/notes.txt?as=<name>
    Then the status is 200
    And the Content-Disposition is <disposition>

    Examples:
      | name           | disposition                         |
      | report.txt     | attachment; filename=report.txt     |
      | my%20notes.txt | attachment; filename="my notes.txt" |

  @id:static_files.unicode_download_name @spec:STATIC-7 @flask
  Scenario Outline: A download name that is not ASCII is sent as filename*
    When the client sends GET /static_files/download/notes.txt?as=<name>
    Then the status is 200
    And the Content-Disposition is <disposition>

    Examples:
      | name       | disposition                                                            |
      | 文件.txt     | attachment; filename=.txt; filename*=UTF-8''%E6%96%87%E4%BB%B6.txt     |
      | résumé.txt | attachment; filename=resume.txt; filename*=UTF-8''r%C3%A9sum%C3%A9.txt |

  @id:static_files.missing_download @spec:STATIC-7 @core
  Scenario: A download of a file that is not there is not found
    When the client sends GET /static_files/download/missing.txt
    Then the status is 404

  @id:static_files.in_memory_attachment @spec:STATIC-7 @flask
  Scenario: A file built in memory is sent as a named attachment of its type
    When the client sends GET /static_files/report
    Then the status is 200
    And the header Content-Type is "text/csv; charset=utf-8"
    And the header Content-Disposition is "attachment; filename=report.csv"
    And the body is exactly these lines, each ending with a newline:
      """
      id,name
      1,alice
      """

  @id:static_files.send_file_inline @spec:STATIC-7 @flask
  Scenario: send_file with a path names the file inline
    When the client sends GET /static_files/notes-by-path
    Then the status is 200
    And the header Content-Disposition is "inline; filename=notes.txt"
