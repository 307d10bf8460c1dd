@flashing
Feature: What a flashed message can be
  A template reads the messages with get_flashed_messages(with_categories=true). Text
  is autoescaped there, while a Markup message survives the session and renders as
  HTML. A message that is not a string, such as a dict, comes back as that object.
  Source: Flask docs, "Message Flashing" and "Templates" (autoescaping); catalogue FLASH-7.

  @id:flashing.template_keeps_markup @spec:FLASH-7 @core
  Scenario: A Markup message renders as HTML in a template
    When the client sends GET /flashing/flash-html
    And the client follows the redirect
    Then the body contains "<li>error: <b>bold</b></li>"

  @id:flashing.template_escapes_text @spec:FLASH-7 @core
  Scenario: A text message is escaped in a template
    When the client sends GET /flashing/flash-html
    And the client follows the redirect
    Then the body contains "<li>message: &lt;i&gt;esc&lt;/i&gt;</li>"

  @id:flashing.dict_message_round_trips @spec:FLASH-7 @core
  Scenario: A dict message comes back as the same dict
    When the client sends GET /flashing/flash-dict
    And the client follows the redirect
    Then the JSON body is [{"code": 7, "text": "busy"}]
