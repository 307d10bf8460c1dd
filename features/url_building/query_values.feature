@url_building
Feature: Values that url_for puts in the query string
  Keyword arguments that are not variables of the rule go into the query string, in
  the order of the call: a list repeats its key, a None value is left out. Values are
  percent-encoded as UTF-8, with a space as "+"; "&", "=", "#", "+" and "%" are always
  escaped, while "/" and "?" stay as they are (the WhatWG query set).
  Source: Flask docs, API "url_for"; Werkzeug routing MapAdapter.build; catalogue URL-4, URL-5.
  Versions: Werkzeug 2.2 also escapes "/" and "?" in query values (%2F, %3F); 2.3.0 switched to the WhatWG safe sets.

  @id:url_building.extra_values_in_query @spec:URL-4 @core
  Scenario: url_for puts a value that is not a rule variable in the query string
    When the client sends GET /url_building/link/query-extra
    Then the body is "/url_building/?page=2"

  @id:url_building.query_in_call_order @spec:URL-4 @core
  Scenario: url_for keeps the order of the call in the query string
    When the client sends GET /url_building/link/query-order
    Then the body is "/url_building/?z=1&a=2"

  @id:url_building.query_list_repeats_key @spec:URL-4 @core
  Scenario: url_for repeats the key of a list value in the query string
    When the client sends GET /url_building/link/query-list
    Then the body is "/url_building/?lst=1&lst=2"

  @id:url_building.query_leaves_out_none @spec:URL-4 @core
  Scenario: url_for leaves a None value out of the query string
    When the client sends GET /url_building/link/query-none
    Then the body is "/url_building/?page=2"

  @id:url_building.query_value_encoding @spec:URL-4 @spec:URL-5 @core
  Scenario Outline: url_for percent-encodes query values as UTF-8
    When the client sends GET /url_building/link/<case>
    Then the body is "<url>"

    Examples:
      | case           | url                                   |
      | query-space    | /url_building/?q=a+b                  |
      | query-utf8     | /url_building/?x=%E4%B8%AD            |
      | query-reserved | /url_building/?q=a%26b%3Dc%23d%2Be%25 |

  @id:url_building.query_keeps_slash_and_question @spec:URL-5 @flask
  Scenario: A slash or question mark in a query value is left unescaped
    When the client sends GET /url_building/link/query-slash-question
    Then the body is "/url_building/?q=c/d?e"
