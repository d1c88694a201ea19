"""What a mutation changed, so screens refresh only what they show (the idea of Anki's OpChanges)."""
from __future__ import annotations

from dataclasses import dataclass, fields


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
