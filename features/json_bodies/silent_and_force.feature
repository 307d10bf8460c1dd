@json_bodies
Feature: get_json(silent=True) and get_json(force=True)
  silent=True turns both refusals into None: a body not typed as JSON and a body that
  does not parse load as None, and the view goes on. force=True parses the body whatever
  its Content-Type; a body that does not parse is still a 400.
  Source: Werkzeug Request.get_json (force, silent); catalogue JREQ-4, JREQ-5, NOTE-15.

  @id:json_bodies.silent_gives_none @spec:JREQ-4 @spec:NOTE-15 @core
  Scenario Outline: get_json(silent=True) answers None instead of an error
    When the client sends POST /json_bodies/silent with the body '<body>' <sent>
    Then the status is 200
    And the JSON body is {"json": null}

    Examples:
      | body            | sent                   |
      | {"name": "ada"} | as text/plain          |
      | {"name": "ada"} | without a Content-Type |
      | {name: "ada"}   | as application/json    |

  @id:json_bodies.silent_still_parses @spec:JREQ-4 @core
  Scenario: get_json(silent=True) still parses a JSON body
    When the client sends POST /json_bodies/silent with the body '{"name": "ada"}' as application/json
    Then the status is 200
    And the JSON body is {"json": {"name": "ada"}}

  @id:json_bodies.force_ignores_content_type @spec:JREQ-5 @core
  Scenario Outline: get_json(force=True) parses a body whatever its type
    When the client sends POST /json_bodies/force with the body '{"name": "ada"}' <sent>
    Then the status is 200
    And the JSON body is {"json": {"name": "ada"}}

    Examples:
      | sent                   |
      | as text/plain          |
      | without a Content-Type |

  @id:json_bodies.force_malformed_400 @spec:JREQ-5 @core
  Scenario: get_json(force=True) answers 400 for a body that does not parse
    When the client sends POST /json_bodies/force with the body '{name: "ada"}' as text/plain
    Then the status is 400
