@static_files
Feature: Conditional GET of a static file
  A request whose If-None-Match names the file's ETag (or is "*"), or whose
  If-Modified-Since is not before its Last-Modified, is answered 304 Not Modified with
  an empty body; any other validator gets the whole file. The 304 keeps the ETag and the
  caching headers and drops those that describe the body (Content-Type, Last-Modified;
  Content-Length too, though wsgiref's server adds Content-Length: 0).
  Source: Werkzeug Response.make_conditional, http.remove_entity_headers; RFC 9110 13.1; catalogue STATIC-3.

  @id:static_files.if_none_match_etag @spec:STATIC-3 @core
  Scenario: If-None-Match with the file's ETag is answered 304
    Given the client has fetched /static_files/static/style.css
    When the client fetches it again with If-None-Match set to its ETag
    Then the status is 304
    And the body is empty
    And the ETag is the one it was given

  @id:static_files.if_none_match_any @spec:STATIC-3 @core
  Scenario: If-None-Match: * is answered 304
    Given the client sends every request with the header If-None-Match: *
    When the client sends GET /static_files/static/style.css
    Then the status is 304
    And the body is empty

  @id:static_files.if_none_match_other @spec:STATIC-3 @core
  Scenario: If-None-Match with another ETag gets the whole file
    Given the client sends every request with the header If-None-Match: "other"
    When the client sends GET /static_files/static/range.txt
    Then the status is 200
    And the body is "0123456789abcdefghij"

  @id:static_files.if_modified_since_same @spec:STATIC-3 @core
  Scenario: If-Modified-Since with the file's Last-Modified is answered 304
    Given the client has fetched /static_files/static/style.css
    When the client fetches it again with If-Modified-Since set to its Last-Modified
    Then the status is 304
    And the body is empty

  @id:static_files.if_modified_since_older @spec:STATIC-3 @core
  Scenario: If-Modified-Since with an older date gets the whole file
    Given the client has fetched /static_files/static/range.txt
    When the client fetches it again with If-Modified-Since a day before its Last-Modified
    Then the status is 200
    And the body is "0123456789abcdefghij"

  @id:static_files.not_modified_headers @spec:STATIC-3 @flask
  Scenario: A 304 keeps the caching headers and drops those of the body
    Given the client has fetched /static_files/static/style.css
    When the client fetches it again with If-None-Match set to its ETag
    Then the status is 304
    And the header Cache-Control is "no-cache"
    And the header Content-Disposition is "inline; filename=style.css"
    And the header Date is an HTTP date
    And the response has no header Content-Type
    And the response has no header Last-Modified
