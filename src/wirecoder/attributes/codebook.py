"""The CAMEO codebook: names, Goldstein values, quad classes, PLOVER categories."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from wirecoder import resources


@dataclass(frozen=True)
class CodeInfo:
    """What the codebook says of one CAMEO event code."""

    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None


@cache
def codebook() -> dict[str, CodeInfo]:
    """Every CAMEO code of the shipped codebook, by code."""
    out = {}
    for row in resources.tsv("codebook/cameo.tsv"):
        out[row["code"]] = CodeInfo(
            code=row["code"], name=row["name"], root=row["root"],
            goldstein=float(row["goldstein"]), quad_class=int(row["quadclass"]),
            plover=row.get("plover_event") or None, plover_mode=row.get("plover_mode") or None)
    return out


def info(code: str) -> CodeInfo:
    """The codebook entry for a code; KeyError names an unknown code."""
    try:
        return codebook()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


@cache
def intent_codes() -> dict[str, str]:
    """CAMEO root -> the 03x code that expresses intent to do it."""
    if not resources.exists("codebook/intent.tsv"):
        return {}
    return {row["root"]: row["code"] for row in resources.tsv("codebook/intent.tsv")}


@cache
def demand_codes() -> dict[str, str]:
    """CAMEO root -> the 10x code that demands it of someone (`04` -> `106`)."""
    return {row["root"]: row["code"] for row in resources.tsv("codebook/demand.tsv")}
