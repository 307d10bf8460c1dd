@static_files
Feature: What the static route does not serve
  The static route answers 404 for a file that is not there and for a folder, and
  only GET, HEAD and OPTIONS are allowed on it: another method gets 405 with Allow.
  Source: Flask docs, send_from_directory; Werkzeug utils.send_from_directory; catalogue STATIC-5.

  @id:static_files.missing_file @spec:STATIC-5 @core
  Scenario: A file that is not in the static folder is not found
    When the client sends GET /static_files/static/missing.txt
    Then the status is 404

  @id:static_files.folder_not_served @spec:STATIC-5 @core
  Scenario Outline: A folder of the static folder is not served
    When the client sends GET <path>
    Then the status is 404

    Examples:
      | path                      |
      | /static_files/static/sub  |
      | /static_files/static/sub/ |

  @id:static_files.post_not_allowed @spec:STATIC-5 @core
  Scenario: A POST to a static file is not allowed
    When the client sends POST /static_files/static/style.css
    Then the status is 405
    And the Allow header lists exactly GET, HEAD, OPTIONS
