def test_base_url_from_pytest_base_url(base_url):
    assert base_url == "http://example.test"
