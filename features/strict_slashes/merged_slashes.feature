@strict_slashes
Feature: Merging repeated slashes
  A path with repeated slashes redirects with 308 to the path with single slashes,
  for any number of consecutive slashes.
  Source: Werkzeug routing, Map(merge_slashes=True); catalogue SLASH-6.
  Versions: Werkzeug before 3.1.7 merges only a double slash; three or more give 404.

  @id:strict_slashes.merge_slashes @spec:SLASH-6 @core
  Scenario Outline: Repeated slashes redirect to the merged path
    When the client sends GET <path>
    Then the status is 308
    And the Location is the absolute URL of /slashes/a/b

    Examples:
      | path           |
      | /slashes/a//b  |
      | /slashes/a///b |
