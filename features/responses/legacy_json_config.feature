@responses
Feature: The legacy JSON configuration keys change nothing
  JSON_AS_ASCII, JSON_SORT_KEYS, JSONIFY_PRETTYPRINT_REGULAR and JSONIFY_MIMETYPE are
  no longer read: jsonify still writes compact, sorted, ASCII-escaped JSON labelled
  application/json (app.json holds those settings now). Each key is set on an app of its
  own, mounted at /responses/json-legacy-<key>.
  Source: Flask CHANGES 2.3.0 (the deprecated JSON config keys are removed); catalogue JSON-4, NOTE-16.
  Versions: Flask 2.2 still honoured each key, with a DeprecationWarning.

  @id:responses.legacy_json_keys_ignored @spec:JSON-4 @spec:NOTE-16 @flask
  Scenario Outline: A legacy JSON config key leaves jsonify's output as it is
    When the client sends GET /responses/json-legacy-<key>/document
    Then the status is 200
    And the header Content-Type is "application/json"
    And the header Content-Length is "40"
    And the body is the JSON text {"a":[1,2],"b":1,"name":"\u5f20\u4e09"} and a newline

    Examples:
      | key           |
      | as-ascii      |
      | sort-keys     |
      | prettyprint   |
      | mimetype      |
