@blueprints
Feature: The slashes between a url_prefix and a rule
  A blueprint joins its url_prefix and each rule with exactly one slash: the trailing
  slashes of the prefix and the leading slashes of the rule are dropped, and a rule
  without a leading slash is not glued to the prefix. An empty rule is the prefix
  itself; a rule "/" under a prefix ends in a slash, so the prefix without it
  redirects there. The blueprints app is mounted at /blueprints.
  Source: Flask docs, Blueprint(url_prefix); Flask tests test_blueprint_prefix_slash; catalogue BP-4.

  @id:blueprints.prefix_rule_join @spec:BP-4 @core
  Scenario Outline: A url_prefix and a rule are joined with one slash
    When the client sends GET <path>
    Then the status is 200
    And the body is "'<prefix>' + '<rule>'"

    Examples:
      | prefix     | rule     | path                        |
      | /trailing/ | /        | /blueprints/trailing/       |
      | /trailing/ | /lead    | /blueprints/trailing/lead   |
      | /trailing/ | bare     | /blueprints/trailing/bare   |
      | /trailing/ | //double | /blueprints/trailing/double |
      | /plain     |          | /blueprints/plain           |
      | /plain     | /lead    | /blueprints/plain/lead      |
      | /plain     | bare     | /blueprints/plain/bare      |
      | /doubled// | /lead    | /blueprints/doubled/lead    |

  @id:blueprints.root_rule_redirects_prefix @spec:BP-4 @core
  Scenario: The prefix without its slash redirects to a blueprint's root rule
    When the client sends GET /blueprints/trailing
    Then the status is 308
    And the Location is the absolute URL of /blueprints/trailing/

  @id:blueprints.bare_rule_not_glued @spec:BP-4 @core
  Scenario: A rule without a leading slash is not glued to the prefix
    When the client sends GET /blueprints/plainbare
    Then the status is 404
