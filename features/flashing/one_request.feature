@flashing
Feature: Reading flashed messages within one request
  The first read in a request takes the messages out of the session and keeps them for
  that request: later reads return the same list, even after a new flash. A message
  flashed before the first read comes back at once; one flashed after it waits for the
  next request.
  Source: Flask docs, flask.get_flashed_messages; catalogue FLASH-2, FLASH-5, NOTE-9.

  @id:flashing.repeated_reads_see_same_messages @spec:FLASH-2 @spec:NOTE-9 @core
  Scenario: Repeated reads in one request return the same messages
    When the client sends GET /flashing/flash
    And the client sends GET /flashing/read-twice
    Then the JSON body is {"plain": ["first", "second", "third"], "again": ["first", "second", "third"], "with_categories": [["message", "first"], ["error", "second"], ["info", "third"]]}

  @id:flashing.flash_then_read_same_request @spec:FLASH-5 @core
  Scenario: A message flashed before the first read comes back at once
    When the client sends GET /flashing/flash-then-read
    Then the JSON body is ["now"]

  @id:flashing.flash_then_read_gone_after @spec:FLASH-5 @core
  Scenario: A message read in the request that flashed it is gone afterwards
    When the client sends GET /flashing/flash-then-read
    And the client sends GET /flashing/messages
    Then the JSON body is []

  @id:flashing.read_then_flash_keeps_cached_list @spec:FLASH-5 @core
  Scenario: A message flashed after the first read is not in later reads
    When the client sends GET /flashing/read-then-flash
    Then the JSON body is []

  @id:flashing.read_then_flash_delivers_next @spec:FLASH-5 @core
  Scenario: A message flashed after the first read reaches the next request
    When the client sends GET /flashing/read-then-flash
    And the client sends GET /flashing/messages
    Then the JSON body is ["later"]
