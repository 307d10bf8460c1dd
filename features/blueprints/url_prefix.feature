@blueprints
Feature: A blueprint's URL prefix and endpoint names
  A blueprint's routes are served under its url_prefix, and their endpoints are the
  blueprint's name, a dot and the view's endpoint; a url_prefix given to
  register_blueprint replaces the blueprint's own. The blueprints app is mounted at
  /blueprints: a prefix /blue is served at /blueprints/blue.
  Source: Flask docs, Blueprints and Views ("Registering Blueprints"), Blueprint(url_prefix); catalogue BP-1.

  @id:blueprints.served_under_prefix @spec:BP-1 @core
  Scenario: A blueprint's route is served under its url_prefix
    When the client sends GET /blueprints/blue/index
    Then the status is 200

  @id:blueprints.endpoint_of_blueprint_view @spec:BP-1 @core
  Scenario: A blueprint view's endpoint is the blueprint name and the view
    When the client sends GET /blueprints/blue/index
    Then the JSON body is {"endpoint": "blue.index", "blueprint": "blue", "blueprints": ["blue"]}

  @id:blueprints.registration_prefix_replaces @spec:BP-1 @core
  Scenario Outline: The url_prefix given at registration replaces the blueprint's own
    When the client sends GET <path>
    Then the status is <status>

    Examples:
      | path                        | status |
      | /blueprints/override/index  | 200    |
      | /blueprints/original/index  | 404    |
