@limits
Feature: JSON bodies under a size limit
  Under MAX_CONTENT_LENGTH (100 bytes at /limits/capped) get_json() answers as it does
  without a limit within it: 400 for a body that does not parse, 415 for a body not
  typed as JSON. Over the limit the answer is 413 before any parsing, malformed or not.
  Source: Werkzeug Request.get_json; catalogue LIMIT-6, JREQ-2, JREQ-3.
  Versions: Werkzeug 2.2 (Flask 2.2) answers 400 for a body not typed as JSON, and parses an oversized body (400 when malformed).

  @id:limits.malformed_json_within_limit @spec:LIMIT-6 @spec:JREQ-3 @core @security
  Scenario: A malformed JSON body within the limit answers 400
    When the client sends POST /limits/capped/json with the body '{"name": ' as application/json
    Then the status is 400

  @id:limits.json_wrong_type_within_limit @spec:LIMIT-6 @spec:JREQ-2 @core @security
  Scenario: A JSON body not typed as JSON within the limit answers 415
    When the client sends POST /limits/capped/json with the body '{"name": "ada"}' as text/plain
    Then the status is 415

  @id:limits.malformed_json_over_limit @spec:LIMIT-6 @spec:LIMIT-2 @core @security
  Scenario: A malformed JSON body over the limit answers 413
    When the client sends POST /limits/capped/json with a malformed JSON body of 200 bytes
    Then the status is 413
