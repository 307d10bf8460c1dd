@configuration
Feature: Debug mode follows the configuration
  app.debug reads the DEBUG key of the config, so setting it after the app is made turns
  debug mode on; FLASK_DEBUG=1 in the environment when the app is made sets DEBUG.
  Source: Flask docs, Configuration Handling "Debug Mode"; catalogue CFG-2.

  @id:configuration.debug_set_after_creation @spec:CFG-2 @core
  Scenario: Setting DEBUG after the app is made turns debug mode on
    When the client sends GET /configuration/case/debug-set-after-creation
    Then the app's debug flag is True

  @id:configuration.debug_from_environment @spec:CFG-2 @core
  Scenario: FLASK_DEBUG=1 when the app is made turns debug mode on
    When the client sends GET /configuration/case/debug-from-environment
    Then the loaded configuration includes:
      | key   | value |
      | DEBUG | True  |
    And the app's debug flag is True
