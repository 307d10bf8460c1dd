@static_files
Feature: Serving files from the static folder
  A file under the app's static folder is served at the static URL path, subfolders
  included, with its bytes, its length and a Content-Type guessed from its extension
  (Python's mimetypes; text types get charset=utf-8, an unknown extension is
  application/octet-stream). The answer names the file inline and is dated by the app.
  Source: Flask docs, "Static Files" and send_from_directory; Werkzeug utils.send_file; catalogue STATIC-1.

  @id:static_files.file_served @spec:STATIC-1 @core
  Scenario: A static file is served with its bytes
    When the client sends GET /static_files/static/notes.txt
    Then the status is 200
    And the body is exactly these lines, each ending with a newline:
      """
      static notes
      """

  @id:static_files.subfolder_file @spec:STATIC-1 @core
  Scenario: A file in a subfolder is served at its path below the static URL
    When the client sends GET /static_files/static/sub/inner.txt
    Then the status is 200
    And the body is exactly these lines, each ending with a newline:
      """
      inner
      """

  @id:static_files.content_type @spec:STATIC-1 @flask
  Scenario Outline: The Content-Type of a static file follows its extension
    When the client sends GET /static_files/static/<file>
    Then the status is 200
    And the header Content-Type is "<type>"
    And the header Content-Length is "<length>"

    Examples: text types carry the charset
      | file      | type                           | length |
      | style.css | text/css; charset=utf-8        | 22     |
      | app.js    | text/javascript; charset=utf-8 | 20     |
      | notes.txt | text/plain; charset=utf-8      | 13     |
      | logo.svg  | image/svg+xml; charset=utf-8   | 63     |

    Examples: other types do not
      | file        | type                     | length |
      | data.json   | application/json         | 20     |
      | pixel.png   | image/png                | 68     |
      | mystery.zzz | application/octet-stream | 14     |

  @id:static_files.inline_disposition @spec:STATIC-1 @flask
  Scenario: A static file is named inline in Content-Disposition
    When the client sends GET /static_files/static/style.css
    Then the header Content-Disposition is "inline; filename=style.css"

  @id:static_files.dated_by_app @spec:STATIC-1 @flask
  Scenario: A static file answer carries a Date
    When the client sends GET /static_files/static/style.css
    Then the header Date is an HTTP date
