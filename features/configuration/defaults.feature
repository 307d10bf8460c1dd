@configuration
Feature: The default configuration
  A new app's config holds Flask's defaults: debug and testing off, no secret key, a
  session cookie named session that is HttpOnly and not Secure, permanent sessions of
  31 days, no body size limit, a 4093-byte cookie warning limit. Each value below is the
  Python repr of the config value.
  Source: Flask docs, Configuration Handling "Builtin Configuration Values"; catalogue CFG-1.
  Versions: Flask 3.1.0 added MAX_FORM_MEMORY_SIZE, MAX_FORM_PARTS, PROVIDE_AUTOMATIC_OPTIONS, SECRET_KEY_FALLBACKS, SESSION_COOKIE_PARTITIONED and TRUSTED_HOSTS; Flask 2.2 also has ENV and the JSON_* keys, removed in 2.3.

  @id:configuration.long_standing_defaults @spec:CFG-1 @flask
  Scenario: A new app's configuration holds Flask's defaults
    When the client sends GET /configuration/case/defaults
    Then the loaded configuration includes:
      | key                          | value                       |
      | DEBUG                        | False                       |
      | TESTING                      | False                       |
      | SECRET_KEY                   | None                        |
      | PERMANENT_SESSION_LIFETIME   | datetime.timedelta(days=31) |
      | SESSION_COOKIE_NAME          | 'session'                   |
      | SESSION_COOKIE_HTTPONLY      | True                        |
      | SESSION_COOKIE_SECURE        | False                       |
      | SESSION_COOKIE_SAMESITE      | None                        |
      | SESSION_COOKIE_DOMAIN        | None                        |
      | SESSION_COOKIE_PATH          | None                        |
      | SESSION_REFRESH_EACH_REQUEST | True                        |
      | MAX_CONTENT_LENGTH           | None                        |
      | MAX_COOKIE_SIZE              | 4093                        |
      | SEND_FILE_MAX_AGE_DEFAULT    | None                        |
      | APPLICATION_ROOT             | '/'                         |
      | PREFERRED_URL_SCHEME         | 'http'                      |
      | PROPAGATE_EXCEPTIONS         | None                        |
      | SERVER_NAME                  | None                        |
      | TRAP_HTTP_EXCEPTIONS         | False                       |

  @id:configuration.defaults_since_3_1 @spec:CFG-1 @flask
  Scenario: A new app's configuration holds the settings added in Flask 3.1
    When the client sends GET /configuration/case/defaults
    Then the loaded configuration includes:
      | key                        | value  |
      | MAX_FORM_MEMORY_SIZE       | 500000 |
      | MAX_FORM_PARTS             | 1000   |
      | PROVIDE_AUTOMATIC_OPTIONS  | True   |
      | SECRET_KEY_FALLBACKS       | None   |
      | SESSION_COOKIE_PARTITIONED | False  |
      | TRUSTED_HOSTS              | None   |

  @id:configuration.no_legacy_keys @spec:CFG-1 @flask
  Scenario: A new app's configuration has no ENV and no JSON settings
    When the client sends GET /configuration/case/defaults
    Then the loaded configuration has none of the keys ENV, JSON_AS_ASCII, JSON_SORT_KEYS, JSONIFY_MIMETYPE, JSONIFY_PRETTYPRINT_REGULAR
