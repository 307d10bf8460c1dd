def test_own_fixtures(client, app):
    assert client == "the project's own client" and app == "the project's own app"
