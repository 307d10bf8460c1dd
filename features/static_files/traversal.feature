@static_files
Feature: Paths that would leave the static folder
  A path is joined to the folder safely: a ".." that would climb out of it, raw or
  percent-encoded, and an absolute path are answered 404, whichever route sends the file;
  a ".." that stays inside is resolved, and a doubled slash in the URL is merged first.
  These requests are sent exactly as written: requests would resolve ".." and "%2e" itself.
  Source: Flask docs, send_from_directory; Werkzeug security.safe_join; catalogue STATIC-5, STATIC-7.

  @id:static_files.traversal_refused @spec:STATIC-5 @spec:STATIC-7 @core @security
  Scenario Outline: A path that climbs out of the folder is not found
    When the client sends GET <path> exactly as written
    Then the status is 404

    Examples: the static route
      | path                                          |
      | /static_files/static/../secret.txt            |
      | /static_files/static/%2e%2e/secret.txt        |
      | /static_files/static/..%2fsecret.txt          |
      | /static_files/static/sub/../../secret.txt     |

    Examples: routes that send a file from a folder
      | path                                          |
      | /static_files/download/../secret.txt          |
      | /static_files/download/%2e%2e/secret.txt      |
      | /static_files/fetch?path=../secret.txt        |
      | /static_files/fetch?path=sub/../../secret.txt |

  @id:static_files.dot_segments_inside @spec:STATIC-5 @flask
  Scenario Outline: A dot segment that stays inside the folder is resolved
    When the client sends GET <path> exactly as written
    Then the status is 200
    And the body is exactly these lines, each ending with a newline:
      """
      static notes
      """

    Examples:
      | path                                      |
      | /static_files/static/sub/../notes.txt     |
      | /static_files/static/./notes.txt          |
      | /static_files/fetch?path=sub/../notes.txt |

  @id:static_files.absolute_path_refused @spec:STATIC-5 @spec:STATIC-7 @core @security
  Scenario: An absolute path is not joined to the folder, even to a file in it
    When the client fetches /static_files/fetch with ?path= set to the absolute path that /static_files/stat/notes.txt reports
    Then the status is 404

  @id:static_files.doubled_slash_stays_inside @spec:STATIC-5 @flask @security
  Scenario: A slash after the static URL path is merged, so the path stays inside
    When the client sends GET /static_files/static//etc/passwd
    Then the status is 308
    And the Location is the absolute URL of /static_files/static/etc/passwd
