"""Named, versioned pipeline stages, registered in one place and chosen by configuration."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from wirecoder.state import DocState


class Stage(Protocol):
    """A pipeline stage: reads and enriches a DocState in place."""

    name: str

    def __call__(self, state: DocState) -> None: ...


_STAGES: dict[str, Callable[..., Stage]] = {}


def register(name: str) -> Callable[[Callable[..., Stage]], Callable[..., Stage]]:
    """Class decorator: make a stage factory available under `name` (e.g. `actors.v1`)."""

    def wrap(factory: Callable[..., Stage]) -> Callable[..., Stage]:
        if name in _STAGES:
            raise ValueError(f"stage {name!r} registered twice")
        _STAGES[name] = factory
        return factory

    return wrap


def stage_names() -> list[str]:
    """Every registered stage name."""
    return sorted(_STAGES)


def build(name: str, settings: dict[str, Any] | None = None) -> Stage:
    """An instance of the stage registered under `name`, configured by `settings`."""
    try:
        factory = _STAGES[name]
    except KeyError:
        known = ", ".join(stage_names())
        raise ValueError(f"unknown stage {name!r}; known stages: {known}") from None
    return factory(**(settings or {}))
