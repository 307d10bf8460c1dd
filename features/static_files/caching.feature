@static_files
Feature: How long a static file may be cached
  By default (SEND_FILE_MAX_AGE_DEFAULT None) a file answer says Cache-Control: no-cache,
  so the client revalidates; with SEND_FILE_MAX_AGE_DEFAULT = 60 it says public,
  max-age=60 and Expires 60 seconds on. static_url_path moves the static route, and
  url_for('static', ...) builds its URL, extra values as the query.
  Source: Flask docs, config SEND_FILE_MAX_AGE_DEFAULT, Flask(static_url_path), url_for; catalogue STATIC-6.

  @id:static_files.no_cache_by_default @spec:STATIC-6 @flask
  Scenario: By default a static file answer says no-cache and no Expires
    When the client sends GET /static_files/static/style.css
    Then the header Cache-Control is "no-cache"
    And the response has no header Expires

  @id:static_files.max_age_from_config @spec:STATIC-6 @flask
  Scenario: SEND_FILE_MAX_AGE_DEFAULT gives the static file a max-age
    When the client sends GET /static_files/cached/assets/style.css
    Then the status is 200
    And the header Cache-Control is "public, max-age=60"
    And the header Expires is 60 seconds after its Date

  @id:static_files.moved_static_route @spec:STATIC-6 @core
  Scenario Outline: static_url_path moves the static route
    When the client sends GET <path>
    Then the status is <status>

    Examples:
      | path                                   | status |
      | /static_files/cached/assets/style.css  | 200    |
      | /static_files/cached/static/style.css  | 404    |

  @id:static_files.url_for_static @spec:STATIC-6 @core
  Scenario Outline: url_for builds the static URL with extra values as the query
    When the client sends GET <link>
    Then the body is the relative URL of <url>

    Examples:
      | link                      | url                                       |
      | /static_files/link        | /static_files/static/style.css?v=1        |
      | /static_files/cached/link | /static_files/cached/assets/style.css?v=1 |
