"""CLI commands (filled in by its area)."""


def register(sub, groups) -> None:
    pass
