"""What a mutation changed, so screens refresh only what they show (the idea of Anki's OpChanges).

One result shape for every mutation: it returns a Changes, or, when it also hands back what it made, a result
with a `changes` field (Added, AddedMany, a check-in's result, an import's result; the tuples unpack as
`new_id, changes`, like Anki's OpChangesWithId). changes_of() reads the Changes out of any of them.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import NamedTuple


@dataclass(frozen=True)
class Changes:
    office: bool = False
    units: bool = False
    plans: bool = False
    targets: bool = False
    conferences: bool = False
    groups: bool = False
    people: bool = False
    invitations: bool = False
    attendance: bool = False
    config: bool = False

    @classmethod
    def of(cls, *names: str) -> "Changes":
        return cls(**{name: True for name in names})

    @classmethod
    def everything(cls) -> "Changes":
        return cls(**{f.name: True for f in fields(cls)})

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


class Added(NamedTuple):
    """A mutation that made (or saved) one record: its id and what changed."""
    id: int
    changes: Changes


class AddedMany(NamedTuple):
    """A mutation that made several records, in order."""
    ids: list[int]
    changes: Changes


def changes_of(result) -> Changes | None:
    """The Changes of a mutation's result (see the module's note); None when it names none, and the caller
    refreshes conservatively. A plain tuple ending with a Changes counts too (older (id, warnings, changes))."""
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    if isinstance(changes, Changes):
        return changes
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    return None
