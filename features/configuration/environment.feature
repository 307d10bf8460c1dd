@configuration
Feature: Configuration from environment variables
  from_prefixed_env loads the variables that start with the prefix (FLASK by default) and
  an underscore, without the prefix, each value parsed as JSON when it parses, kept as a
  string otherwise; a double underscore sets a key of a nested dict. from_envvar loads the
  Python file a variable names, and raises RuntimeError when the variable is not set.
  The contract sets these variables only while it builds the case's app (CONTRACT.md).
  Source: Flask docs, Configuration Handling "Configuring from Environment Variables"; catalogue CFG-5, CFG-6.

  @id:configuration.prefixed_env_json_values @spec:CFG-5 @core
  Scenario: from_prefixed_env parses each value as JSON, or keeps the string
    When the client sends GET /configuration/case/from-prefixed-env
    Then the loaded configuration is exactly:
      | key     | value   |
      | NUMBER  | 42      |
      | FLAG    | True    |
      | RATIO   | 1.5     |
      | LIST    | [1, 2]  |
      | NOTHING | None    |
      | TEXT    | 'hello' |
      | QUOTED  | '42'    |

  @id:configuration.prefixed_env_nested @spec:CFG-5 @core
  Scenario: A double underscore in a variable's name sets a key of a nested dict
    When the client sends GET /configuration/case/from-prefixed-env-nested
    Then the loaded configuration is exactly:
      | key      | value                                      |
      | DATABASE | {'HOST': 'db.example.org', 'PORT': 5432}   |

  @id:configuration.prefixed_env_flask_prefix @spec:CFG-5 @core
  Scenario: from_prefixed_env reads the FLASK_ variables by default
    When the client sends GET /configuration/case/from-prefixed-env-flask
    Then the loaded configuration is exactly:
      | key       | value         |
      | SITE_NAME | 'Conformance' |

  @id:configuration.from_envvar_file @spec:CFG-6 @core
  Scenario: from_envvar loads the Python file the variable names
    When the client sends GET /configuration/case/from-envvar
    Then the loaded configuration is exactly:
      | key      | value                      |
      | GREETING | 'hello from a Python file' |
      | RETRIES  | 3                          |

  @id:configuration.from_envvar_unset @spec:CFG-6 @flask
  Scenario: from_envvar of a variable that is not set raises RuntimeError
    When the client sends GET /configuration/case/from-envvar-unset
    Then the configuration call raised RuntimeError: The environment variable 'CONFORMANCE_CFG_SETTINGS' is not set and as such configuration could not be loaded. Set this variable and make it point to a configuration file
