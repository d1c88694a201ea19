"""People for the demo office (filled in by the people area)."""


def add_demo_people(ws) -> None:
    pass
