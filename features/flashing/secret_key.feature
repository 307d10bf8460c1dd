@flashing
Feature: Flashing needs a secret key
  Flashed messages are kept in the signed session, so an app without a SECRET_KEY
  cannot flash: flash() fails and the request is answered with 500.
  Source: Flask docs, "Message Flashing" and "Sessions"; catalogue FLASH-8, NOTE-5.

  @id:flashing.flash_needs_secret_key @spec:FLASH-8 @spec:NOTE-5 @core
  Scenario: Flashing in an app without a secret key is a server error
    When the client sends GET /flashing/keyless/flash
    Then the status is 500
