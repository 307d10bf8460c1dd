@configuration
Feature: Configuration from Python files
  from_pyfile runs a Python file and loads its uppercase names only; the path is relative
  to the app's root path, or to its instance folder with instance_relative_config. It
  returns True; a missing file raises FileNotFoundError, or returns False with silent=True.
  An instance path must be absolute.
  Source: Flask docs, Configuration Handling "Configuring from Python Files", "Instance Folders"; catalogue CFG-3, CFG-7.

  @id:configuration.from_pyfile_uppercase_only @spec:CFG-3 @core
  Scenario: from_pyfile loads the uppercase names of the file and returns True
    When the client sends GET /configuration/case/from-pyfile
    Then the loaded configuration is exactly:
      | key      | value                      |
      | GREETING | 'hello from a Python file' |
      | RETRIES  | 3                          |
    And the configuration call returned True

  @id:configuration.from_pyfile_missing_file @spec:CFG-3 @flask
  Scenario: from_pyfile of a missing file raises FileNotFoundError
    When the client sends GET /configuration/case/from-pyfile-missing
    Then the configuration call raised FileNotFoundError: [Errno 2] Unable to load configuration file (No such file or directory): '<root_path>/config_files/missing.cfg'

  @id:configuration.from_pyfile_silent @spec:CFG-3 @core
  Scenario: from_pyfile of a missing file with silent=True returns False
    When the client sends GET /configuration/case/from-pyfile-silent
    Then the configuration call returned False

  @id:configuration.instance_relative_config @spec:CFG-7 @core
  Scenario Outline: from_pyfile reads the instance folder with instance_relative_config
    When the client sends GET /configuration/case/<case>
    Then the loaded configuration is exactly:
      | key   | value   |
      | WHERE | <where> |

    Examples:
      | case              | where             |
      | instance-relative | 'instance-folder' |
      | root-relative     | 'root-folder'     |

  @id:configuration.relative_instance_path @spec:CFG-7 @flask
  Scenario: A relative instance path is refused with ValueError
    When the client sends GET /configuration/case/relative-instance-path
    Then the configuration call raised ValueError: If an instance path is provided it must be absolute. A relative path was given instead.
