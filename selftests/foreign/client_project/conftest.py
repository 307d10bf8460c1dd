import pytest


@pytest.fixture
def client():
    return "the project's own client"


@pytest.fixture
def app():
    return "the project's own app"
