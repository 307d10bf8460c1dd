@hooks
Feature: A login gate in a blueprint's before hook
  A blueprint's before hook that redirects when the session has no user guards that
  blueprint's pages, and only them: the login page outside it stays open. Logging in
  with the right password puts the user in the session and redirects to the guarded
  page, which then answers. Redirects are 302 with a relative Location.
  Source: Flask docs, Flask.before_request, Blueprints, flask.redirect; catalogue HOOK-2, HOOK-3, REDIR-1, REDIR-3.

  @id:hooks.gate_redirects_anonymous @spec:HOOK-3 @spec:REDIR-1 @spec:REDIR-3 @core
  Scenario: A guarded page redirects a client without a session user
    When the client sends GET /hooks/gate/
    Then the status is 302
    And the Location is the relative URL of /hooks/login

  @id:hooks.gate_leaves_login_page_open @spec:HOOK-2 @core
  Scenario: The login page outside the guarded blueprint answers
    When the client sends GET /hooks/login
    Then the status is 200
    And the body contains "Log in"

  @id:hooks.gate_login_redirects @spec:HOOK-2 @spec:REDIR-1 @core
  Scenario: The right password redirects to the guarded page
    When the client sends POST /hooks/login with the form user=admin&pwd=password
    Then the status is 302
    And the Location is the relative URL of /hooks/gate/

  @id:hooks.gate_rejects_wrong_password @spec:HOOK-2 @core
  Scenario: A wrong password shows the login page with an error
    When the client sends POST /hooks/login with the form user=admin&pwd=wrong
    Then the status is 200
    And the body contains "wrong user name or password"

  @id:hooks.gate_admits_logged_in_user @spec:HOOK-3 @core
  Scenario: After logging in the guarded page answers
    When the client sends POST /hooks/login with the form user=admin&pwd=password
    And the client sends GET /hooks/gate/
    Then the status is 200
    And the body is "welcome admin"
