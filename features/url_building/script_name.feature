@url_building
Feature: url_for under a mount point
  An app mounted under a path prefix (its SCRIPT_NAME) builds every URL under that
  prefix, paths and absolute URLs alike.
  Source: Flask docs, API "url_for"; PEP 3333 SCRIPT_NAME; catalogue URL-1, URL-7, WSGI-5.

  @id:url_building.mounted_path_has_prefix @spec:URL-1 @spec:WSGI-5 @core
  Scenario: url_for under a mount point builds a path under the mount
    When the client sends GET /mounted/url_building/link/n2
    Then the body is "/mounted/url_building/login"

  @id:url_building.mounted_external_has_prefix @spec:URL-7 @spec:WSGI-5 @core
  Scenario: url_for with _external under a mount point keeps the mount
    When the client sends GET /mounted/url_building/link/external
    Then the body is the absolute URL of /mounted/url_building/
