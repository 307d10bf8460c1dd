@configuration
Feature: Configuration from objects
  from_object loads the uppercase attributes of a class, inherited ones included, given
  the class itself or its import name.
  Source: Flask docs, Configuration Handling "Development / Production"; Config.from_object; catalogue CFG-4.

  @id:configuration.from_object_class @spec:CFG-4 @core
  Scenario: from_object loads the uppercase attributes of a class
    When the client sends GET /configuration/case/from-object-class
    Then the loaded configuration is exactly:
      | key      | value                |
      | GREETING | 'hello from a class' |
      | RETRIES  | 3                    |

  @id:configuration.from_object_import_string @spec:CFG-4 @core
  Scenario: from_object imports a class given by its import name
    When the client sends GET /configuration/case/from-object-string
    Then the loaded configuration is exactly:
      | key      | value                |
      | GREETING | 'hello from a class' |
      | RETRIES  | 3                    |

  @id:configuration.from_object_inherited @spec:CFG-4 @core
  Scenario: from_object loads inherited attributes, the subclass's winning
    When the client sends GET /configuration/case/from-object-subclass
    Then the loaded configuration is exactly:
      | key      | value                |
      | GREETING | 'hello from a class' |
      | RETRIES  | 5                    |
