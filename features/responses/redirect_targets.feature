@responses
Feature: Redirect targets that are not plain ASCII paths, and mounts
  A target with characters outside ASCII is sent in the Location as a URI, its UTF-8
  percent-encoded; characters unsafe in a URL are percent-encoded too. The redirect page
  writes the target HTML-escaped. Under a mount (SCRIPT_NAME) a path given to redirect()
  is not prefixed with the mount, while a URL from url_for() carries it.
  Source: werkzeug.utils.redirect, Response.get_wsgi_headers (iri_to_uri); Flask docs, url_for; catalogue REDIR-2, REDIR-3.
  Versions: Flask 2.2 (Werkzeug 2.2) links the percent-encoded target in the page; Flask 2.2 and 2.3
  (Werkzeug before 3.0.3) send an all-ASCII Location unencoded, <, > and " included.

  @id:responses.redirect_iri_location @spec:REDIR-2 @core
  Scenario: A non-ASCII target is sent percent-encoded in the Location
    When the client sends GET /responses/redirect/iri
    Then the status is 302
    And the header Location is "/responses/%E7%9B%AE%E6%A0%87?q=%E4%B8%AD"

  @id:responses.redirect_iri_page_link @spec:REDIR-2 @flask
  Scenario: The redirect page links a non-ASCII target as it was given
    When the client sends GET /responses/redirect/iri
    Then the header Content-Length is "233"
    And the body contains "<a href="/responses/目标?q=中">/responses/目标?q=中</a>"

  @id:responses.redirect_unsafe_location_encoded @spec:REDIR-2 @core @security
  Scenario: Characters unsafe in a URL are percent-encoded in the Location
    When the client sends GET /responses/redirect/unsafe
    Then the status is 302
    And the header Location is "/responses/target?a=1&b=%3C2%3E%22"

  @id:responses.redirect_page_escapes_target @spec:REDIR-2 @flask @security
  Scenario: The redirect page writes the target HTML-escaped
    When the client sends GET /responses/redirect/unsafe
    Then the body contains "<a href="/responses/target?a=1&amp;b=&lt;2&gt;&#34;">"

  @id:responses.redirect_under_mount_unprefixed @spec:REDIR-3 @core
  Scenario: Under a mount a path given to redirect() is sent as given
    When the client sends GET /mounted/responses/redirect
    Then the status is 302
    And the header Location is "/responses/target"

  @id:responses.redirect_url_for_under_mount @spec:REDIR-3 @core
  Scenario: Under a mount a redirect to url_for() carries the mount
    When the client sends GET /mounted/responses/redirect/url-for
    Then the status is 302
    And the Location is the relative URL of /mounted/responses/target
