@cookies
Feature: A login that remembers the user's name in a cookie
  The cookie login of the study notes: a form posts a name, the answer sets the cookie
  username to it and redirects with 302 Found to the welcome page, which greets the name
  the cookie holds, or a guest when there is none. Logging out deletes the cookie and
  redirects to the welcome page again, which then greets a guest: the browser has
  dropped the cookie.
  Source: Flask docs, Quickstart "Cookies" and "Redirects and Errors"; catalogue COOKIE-1, COOKIE-6, COOKIE-7.

  @id:cookies.login_sets_cookie_and_redirects @spec:COOKIE-1 @core
  Scenario: Logging in sets the name cookie and redirects to the welcome page
    When the client sends POST /cookies/login with the form username=alice
    Then the status is 302
    And the Location is the relative URL of /cookies/welcome
    And the Set-Cookie header for username is "username=alice; Path=/"

  @id:cookies.welcome_greets_cookie_name @spec:COOKIE-1 @spec:COOKIE-6 @core
  Scenario Outline: The welcome page greets the name the login cookie holds
    When the client sends POST /cookies/login with the form username=<form>
    And the client follows the redirect
    Then the status is 200
    And the body is "Welcome, <name>"

    Examples:
      | form                         | name        |
      | alice                        | alice       |
      | alice+smith                  | alice smith |
      | %E5%BC%A0%E4%B8%89           | 张三        |

  @id:cookies.welcome_greets_guest @spec:COOKIE-1 @core
  Scenario: Without the cookie the welcome page greets a guest
    When the client sends GET /cookies/welcome
    Then the status is 200
    And the body is "Welcome, guest"

  @id:cookies.logout_deletes_cookie @spec:COOKIE-7 @core
  Scenario: Logging out deletes the name cookie and redirects
    When the client sends POST /cookies/login with the form username=alice
    And the client sends GET /cookies/logout
    Then the status is 302
    And the Location is the relative URL of /cookies/welcome
    And the Set-Cookie header for username is "username=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"

  @id:cookies.logout_then_guest @spec:COOKIE-7 @core
  Scenario: After logging out the welcome page greets a guest again
    When the client sends POST /cookies/login with the form username=alice
    And the client sends GET /cookies/logout
    And the client follows the redirect
    Then the status is 200
    And the body is "Welcome, guest"
