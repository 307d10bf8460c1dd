@configuration
Feature: Configuration from data files, mappings and namespaces
  from_file loads a file with the function given (json.load, or tomllib.load on a file
  opened in binary mode with text=False) and from_mapping a dict and keyword arguments;
  both keep the uppercase keys only. get_namespace returns the keys under a prefix,
  without it and lower-cased.
  Source: Flask docs, Configuration Handling "Configuring from Data Files"; Config.from_file, get_namespace; catalogue CFG-6.
  Versions: from_file's text parameter is new in Flask 2.3: Flask 2.2 raises TypeError for it.

  @id:configuration.from_file_json @spec:CFG-6 @core
  Scenario: from_file with json.load loads the uppercase keys of a JSON file
    When the client sends GET /configuration/case/from-file-json
    Then the loaded configuration is exactly:
      | key      | value             |
      | GREETING | 'hello from JSON' |
      | RETRIES  | 3                 |
    And the configuration call returned True

  @id:configuration.from_file_toml @spec:CFG-6 @core
  Scenario: from_file with tomllib.load and text=False loads a TOML file
    When the client sends GET /configuration/case/from-file-toml
    Then the loaded configuration is exactly:
      | key      | value             |
      | GREETING | 'hello from TOML' |
      | RETRIES  | 3                 |

  @id:configuration.from_mapping_uppercase_only @spec:CFG-6 @core
  Scenario: from_mapping loads the uppercase keys of a dict and keyword arguments
    When the client sends GET /configuration/case/from-mapping
    Then the loaded configuration is exactly:
      | key      | value                  |
      | GREETING | 'hello from a mapping' |
      | RETRIES  | 3                      |

  @id:configuration.get_namespace @spec:CFG-6 @core
  Scenario: get_namespace returns the keys under a prefix, trimmed and lower-cased
    When the client sends GET /configuration/case/get-namespace
    Then the configuration call returned {'type': 'fs', 'path': '/var/app/images', 'base_url': 'http://img.example.org'}
