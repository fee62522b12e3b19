"""The CAMEO codebook: names, Goldstein values, quad classes, PLOVER categories."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from wirecoder import resources

VIOLENCE = frozenset({"18", "19", "20"})  # roots of force: assault, fight, mass violence
FORCE = VIOLENCE | {"17"}  # and coercion
# Harm to property an act of force may do (`strikes damaged the energy grid`): seizing or
# damaging, destroying.
DAMAGE = frozenset({"171", "1712"})


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
    """CAMEO root or finer code -> the 03x code that expresses intent to do it (`04` -> `036`,
    `072` -> `0332`)."""
    if not resources.exists("codebook/intent.tsv"):
        return {}
    return {row["root"]: row["code"] for row in resources.tsv("codebook/intent.tsv")}


@cache
def demand_codes() -> dict[str, str]:
    """CAMEO root or finer code -> the 10x code that demands it of someone (`04` -> `106`,
    `087` -> `1056`)."""
    return {row["root"]: row["code"] for row in resources.tsv("codebook/demand.tsv")}


def _most_specific(table: dict[str, str], code: str) -> str | None:
    """The value of the longest prefix of a code that the table keys (`072`, else `07`)."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def intent_code(code: str) -> str | None:
    """The 03x code that expresses intent to do an act of this code: by its own code or a
    prefix when `intent.tsv` lists one (`072` -> `0332`), else by its root (`07` -> `033`)."""
    return _most_specific(intent_codes(), code)


def plover_category(code: str, crosswalk: dict[str, str]) -> str | None:
    """The PLOVER category of a CAMEO code: a configured crosswalk's, by code or prefix
    (`0813`, else `081`, else `08`), else the codebook's."""
    return _most_specific(crosswalk, code) or info(code).plover


def demand_code(code: str) -> str | None:
    """The 10x code that demands an act of this code, by code or prefix, else by root."""
    return _most_specific(demand_codes(), code)
