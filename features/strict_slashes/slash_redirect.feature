@strict_slashes
Feature: Redirect to the trailing-slash URL
  A rule that ends in a slash also answers the URL without it, with a 308 Permanent
  Redirect to the slash form. The Location is absolute, keeps the query string and
  the mount point, and 308 tells the client to repeat the method and body.
  Source: Werkzeug routing, Rule(strict_slashes=True); catalogue SLASH-1, SLASH-4, SLASH-5.

  @id:strict_slashes.redirect_308 @spec:SLASH-1 @core
  Scenario: A URL without the trailing slash redirects with 308
    When the client sends GET /slashes/dir
    Then the status is 308
    And the Location is the absolute URL of /slashes/dir/

  @id:strict_slashes.redirect_body_links_target @spec:SLASH-1 @flask
  Scenario: The slash redirect page links to the new URL
    When the client sends GET /slashes/dir
    Then the body links to the absolute URL of /slashes/dir/

  @id:strict_slashes.redirect_keeps_query @spec:SLASH-1 @core
  Scenario: The slash redirect keeps the query string
    When the client sends GET /slashes/dir?x=1&y=2
    Then the status is 308
    And the Location is the absolute URL of /slashes/dir/?x=1&y=2

  @id:strict_slashes.redirect_keeps_post @spec:SLASH-1 @core
  Scenario: A POST redirected to the slash URL keeps its method and body
    When the client sends POST /slashes/dir with the form a=1
    And the client follows the redirect
    Then the status is 200
    And the body is "dir POST {'a': '1'}"

  @id:strict_slashes.redirect_head_empty @spec:SLASH-1 @core
  Scenario: A HEAD request gets the slash redirect without a body
    When the client sends HEAD /slashes/dir
    Then the status is 308
    And the Location is the absolute URL of /slashes/dir/
    And the body is empty

  @id:strict_slashes.redirect_under_mount @spec:SLASH-4 @core
  Scenario: Under a mount point the slash redirect includes the mount
    When the client sends GET /mounted/slashes/dir
    Then the status is 308
    And the Location is the absolute URL of /mounted/slashes/dir/

  @id:strict_slashes.redirect_path_converter @spec:SLASH-5 @core
  Scenario: A rule ending in a path converter and a slash redirects too
    When the client sends GET /slashes/files/x/y
    Then the status is 308
    And the Location is the absolute URL of /slashes/files/x/y/
