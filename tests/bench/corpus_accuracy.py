#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Tideline authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Accuracy of Tideline on the shared real-log corpora.

Runs over ../shared/corpora (relative to the project root) when it exists and
exits 0 with a note when it does not. Reports:
  * detection: files whose detected format matches the MANIFEST.md
    expectation (lnav/elastic names mapped to Tideline's format names);
  * loghub: records whose timestamp and level match loghub's
    *_structured.csv ground truth (corrected/ version when present).

Assumptions about tideline-cli (built by the lead, see PRODUCT.md):
  * `tideline-cli stats FILE --json` prints ONE JSON object with at least
    "format", "lines", "records", "first_time", "last_time", "levels",
    "index_ms";
  * `tideline-cli filter FILE --format jsonl` prints one JSON object per
    record, in file order, with "time" (ISO 8601 with offset, or null/absent)
    and "level" (Tideline's level name). For loghub files, record N is
    compared with ground-truth row N (loghub lines are single-line records;
    a count mismatch is reported).
Timestamps are compared as local wall-clock time in the TZ the CLI runs in
(the script sets TZ=UTC for both), down to the precision the ground truth
has; years are compared only where the log has them.

Usage: tests/bench/corpus_accuracy.py [--cli PATH] [--corpora DIR] [--json]
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# lnav / elastic names -> Tideline names (None: Tideline has no such format,
# the file only has to survive).
LNAV_TO_TIDELINE = {
    "access_log": "access-",
    "syslog_log": "syslog-rfc3164",
    "haproxy_log": "syslog-rfc3164",
    "logfmt_log": "logfmt",
    "java_log": "text",
    "generic_log": "text",
    "glog_log": "text",
    "postgres_log": "text",
}
JSON_LNAV = {"bunyan_log", "pino_log", "caddy_log", "journald_json_log", "nextcloud", "mongodb_json_log",
             "cloudflare_json_log", "github_events_log", "json_log2", "test_jsonid_log"}

LEVEL_ALIASES = {
    "trace": "trace", "verbose": "trace", "v": "trace",
    "debug": "debug", "dbg": "debug", "d": "debug",
    "info": "info", "i": "info", "information": "info",
    "notice": "notice",
    "warn": "warn", "warning": "warn", "w": "warn",
    "error": "error", "err": "error", "e": "error",
    "crit": "critical", "critical": "critical", "severe": "critical",
    "fatal": "fatal", "f": "fatal", "panic": "fatal", "emerg": "fatal", "alert": "fatal",
}


def expected_detection(corpora):
    """(relative path, expected Tideline format prefix) from the manifests."""
    out = []
    lnav = corpora / "lnav" / "MANIFEST.md"
    if lnav.exists():
        for line in lnav.read_text().splitlines():
            cols = [c.strip() for c in line.split("|")]
            if len(cols) < 4 or not cols[1].startswith(("logfile", "gharchive")):
                continue
            name, fmt = cols[1], cols[2].split()[0] if cols[2] else ""
            if fmt in JSON_LNAV or name.endswith((".json", ".jsonl")) and fmt not in LNAV_TO_TIDELINE:
                want = "json" if fmt in JSON_LNAV else None
            else:
                want = LNAV_TO_TIDELINE.get(fmt)
            if want:
                out.append((Path("lnav/logs") / name, want))
    elastic = corpora / "elastic_examples" / "MANIFEST.md"
    if elastic.exists():
        for line in elastic.read_text().splitlines():
            cols = [c.strip() for c in line.split("|")]
            if len(cols) < 5 or cols[1] in ("file", "---") or cols[1].startswith("-"):
                continue
            text = (cols[2] + " " + cols[3]).lower()
            if "json" in text:
                want = "json"
            elif "access_log" in text or "combined" in text:
                want = "access-combined"
            elif "java_log" in text or "generic_log" in text or "log4j" in text:
                want = "text"
            else:
                continue
            out.append((Path("elastic_examples") / cols[1], want))
    return out


def run_json(cli, args):
    res = subprocess.run([cli] + args, capture_output=True, text=True, errors="replace",
                         env=dict(os.environ, TZ="UTC"))
    if res.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: exit {res.returncode}: {res.stderr.strip()[:200]}")
    return res.stdout


def ground_truth_stamp(system, row):
    """(datetime, has_year, has_ms) of a loghub row, or None."""
    d, t = row.get("Date", ""), row.get("Time", "")
    try:
        if system == "Apache":
            return datetime.strptime(row["Time"], "%a %b %d %H:%M:%S %Y"), True, False
        if system == "HDFS":
            return datetime.strptime(d.zfill(6) + t.zfill(6), "%y%m%d%H%M%S"), True, False
        if system in ("Hadoop", "Zookeeper"):
            return datetime.strptime(f"{d} {t}", "%Y-%m-%d %H:%M:%S,%f"), True, True
        if system == "Spark":
            return datetime.strptime(f"{d} {t}", "%y/%m/%d %H:%M:%S"), True, False
        if system == "Android":
            return datetime.strptime(f"2000-{d} {t}", "%Y-%m-%d %H:%M:%S.%f"), False, True
        if system == "Linux":
            return datetime.strptime(f"2000 {row['Month']} {d} {t}", "%Y %b %d %H:%M:%S"), False, False
        if system == "OpenSSH":
            return datetime.strptime(f"2000 {d} {row['Day']} {t}", "%Y %b %d %H:%M:%S"), False, False
    except (ValueError, KeyError):
        return None
    return None


def stamp_key(dt, has_year, has_ms):
    fmt = ("%Y-" if has_year else "") + "%m-%d %H:%M:%S" + (".%f" if has_ms else "")
    s = dt.strftime(fmt)
    return s[:-3] if has_ms else s


def parse_iso(text):
    if not text:
        return None
    text = re.sub(r"(\.\d{6})\d+", r"\1", text.replace("Z", "+00:00"))
    try:
        return datetime.fromisoformat(text).astimezone(timezone.utc).replace(tzinfo=None)
    except ValueError:
        return None


def loghub_accuracy(cli, corpora):
    results = []
    for sysdir in sorted((corpora / "loghub").glob("*/")):
        system = sysdir.name
        log = sysdir / f"{system}_2k.log"
        truth = sysdir / "corrected" / f"{system}_2k.log_structured_corrected.csv"
        if not truth.exists():
            truth = sysdir / f"{system}_2k.log_structured.csv"
        if not log.exists() or not truth.exists():
            continue
        stats = json.loads(run_json(cli, ["stats", str(log), "--json"]))
        records = [json.loads(l) for l in run_json(cli, ["filter", str(log), "--format", "jsonl"]).splitlines() if l.strip()]
        rows = list(csv.DictReader(truth.open(newline="", encoding="utf-8", errors="replace")))
        ok = time_ok = level_ok = level_rows = 0
        for i, row in enumerate(rows):
            rec = records[i] if i < len(records) else {}
            gt = ground_truth_stamp(system, row)
            got = parse_iso(rec.get("time"))
            t_ok = gt is not None and got is not None and stamp_key(got, gt[1], gt[2]) == stamp_key(*gt)
            gt_level = LEVEL_ALIASES.get(row.get("Level", "").strip().lower())
            l_ok = gt_level is None or rec.get("level") == gt_level
            level_rows += gt_level is not None
            level_ok += gt_level is not None and l_ok
            time_ok += t_ok
            ok += t_ok and l_ok
        results.append(dict(system=system, format=stats.get("format"), rows=len(rows), records=len(records),
                            time_ok=time_ok, level_ok=level_ok, level_rows=level_rows, both_ok=ok))
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=str(ROOT / "build" / "bin" / "tideline-cli"))
    ap.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    corpora = Path(args.corpora)
    if not corpora.is_dir():
        print(f"corpus_accuracy: {corpora} not found, nothing to measure")
        return 0
    if not os.access(args.cli, os.X_OK):
        print(f"corpus_accuracy: {args.cli} not built (use --cli)", file=sys.stderr)
        return 2

    detection = []
    for rel, want in expected_detection(corpora):
        path = corpora / rel
        if not path.exists():
            continue
        try:
            got = json.loads(run_json(args.cli, ["stats", str(path), "--json"])).get("format")
        except (RuntimeError, json.JSONDecodeError) as e:
            got = f"error: {e}"
        detection.append(dict(file=str(rel), expected=want, detected=got, ok=str(got).startswith(want)))
    loghub = loghub_accuracy(args.cli, corpora) if (corpora / "loghub").is_dir() else []

    if args.json:
        print(json.dumps(dict(detection=detection, loghub=loghub), indent=2))
        return 0
    good = sum(d["ok"] for d in detection)
    print(f"Detection: {good}/{len(detection)} files as expected")
    for d in detection:
        if not d["ok"]:
            print(f"  MISS {d['file']}: expected {d['expected']}, got {d['detected']}")
    total = sum(r["rows"] for r in loghub)
    both = sum(r["both_ok"] for r in loghub)
    print(f"\nloghub: {both}/{total} records with the right time and level ({100.0 * both / max(total, 1):.1f}%)")
    print(f"{'system':<10} {'format':<16} {'records':>8} {'time':>11} {'level':>11}")
    for r in loghub:
        print(f"{r['system']:<10} {str(r['format']):<16} {r['records']:>8} {r['time_ok']:>5}/{r['rows']:<5} "
              f"{r['level_ok']:>5}/{r['level_rows']:<5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
