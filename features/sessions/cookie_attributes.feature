@sessions
Feature: Session cookie attributes
  Writing the session sets a cookie that is HttpOnly, valid for Path=/ and for the browser
  session only, with Vary: Cookie. Each SESSION_COOKIE_* setting changes one attribute; the
  Path follows APPLICATION_ROOT, not the mount point, and SERVER_NAME adds no Domain.
  Source: Flask docs, Sessions and Configuration (SESSION_COOKIE_*); catalogue SESS-2, SESS-12..SESS-15.
  Versions: Flask 2.2 sets Domain=.example.com from SERVER_NAME; SESSION_COOKIE_PARTITIONED is ignored before 3.1.0.

  @id:sessions.cookie_defaults @spec:SESS-2 @core
  Scenario: Writing the session sets an HttpOnly browser-session cookie
    When the client sends POST /sessions/store with the JSON {"user": "alice"}
    Then the status is 200
    And the cookie session has exactly the attributes HttpOnly; Path=/
    And the header Vary includes Cookie

  @id:sessions.cookie_settings @spec:SESS-12 @core
  Scenario: The SESSION_COOKIE settings shape the cookie
    When the client sends POST /sessions/custom/store with the JSON {"user": "alice"}
    Then the cookie sid has exactly the attributes Domain=example.com; Secure; Path=/app; SameSite=Lax

  @id:sessions.path_from_application_root @spec:SESS-13 @core
  Scenario: The cookie path follows APPLICATION_ROOT
    When the client sends POST /sessions/approot/store with the JSON {"user": "alice"}
    Then the cookie session has exactly the attributes HttpOnly; Path=/myapp

  @id:sessions.path_ignores_mount @spec:SESS-13 @core
  Scenario: An app mounted under a prefix still sets the cookie for Path=/
    When the client sends POST /mounted/sessions/store with the JSON {"user": "alice"}
    Then the cookie session has exactly the attributes HttpOnly; Path=/

  @id:sessions.no_domain_from_server_name @spec:SESS-14 @core
  Scenario: SERVER_NAME does not give the cookie a Domain
    Given the client sends every request with the header Host: example.com
    When the client sends POST /sessions/named/store with the JSON {"user": "alice"}
    Then the status is 200
    And the cookie session has exactly the attributes HttpOnly; Path=/

  @id:sessions.partitioned @spec:SESS-15 @core
  Scenario: SESSION_COOKIE_PARTITIONED makes a Secure partitioned cookie
    When the client sends POST /sessions/partitioned/store with the JSON {"user": "alice"}
    Then the cookie session has exactly the attributes Secure; HttpOnly; Path=/; Partitioned
