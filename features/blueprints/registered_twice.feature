@blueprints
Feature: One blueprint registered twice under two names
  register_blueprint(bp, name=..., url_prefix=...) registers the same blueprint again
  under another name: its routes are served under the second prefix too, with endpoints
  named after the second name, and a relative url_for(".view") stays inside the
  registration that answers.
  Source: Flask docs, Blueprints and Views ("Registering Blueprints"), register_blueprint(name=); catalogue BP-2.

  @id:blueprints.second_name_endpoints @spec:BP-2 @core
  Scenario: The second registration's endpoints carry its name
    When the client sends GET /blueprints/blue2/index
    Then the JSON body is {"endpoint": "blue2.index", "blueprint": "blue2", "blueprints": ["blue2"]}

  @id:blueprints.relative_url_for_follows_name @spec:BP-2 @core
  Scenario Outline: A relative url_for builds inside the registration that answers
    When the client sends GET <path>
    Then the body is "<link>"

    Examples:
      | path                  | link                    |
      | /blueprints/blue/link  | /blueprints/blue/index  |
      | /blueprints/blue2/link | /blueprints/blue2/index |
