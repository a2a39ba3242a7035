#!/usr/bin/env python3
"""Hostile data for Benchmarks/robustness.sh (issue 13 §2): standard library only.

  robustness_controls.py --bin IQ-TUI --work DIR --seed N --rounds R

Each round writes a data file (with Python's plistlib, independently of the program) whose
names, notes, roles and saved-by names are random mixes of text and terminal sequences: OSC 0
and OSC 52 (title, clipboard), CSI, BEL, NUL, DEL, C1 controls (U+009B) and bidi controls
(U+202E, U+2066–U+2069, U+200E/F, U+061C). Checked:
  - every command (check, the exports in every format, stats, nearest) exits 0 and writes not
    one raw control or bidi character to standard output or error (the CRLF line ends of CSV and
    vCard excepted);
  - imports of CSV files full of them (by a user whose USER is hostile too) report cleanly and
    store none: the file Python reads back holds no control in any imported name or saved-by name;
  - the full-screen program drawing that data (lists and open entries of every pane) never sends
    the data's sequences to the terminal: no OSC 52, no title, no C1, no bidi, no NUL, no BEL.
The last line is "summary controls passed=P failed=F"; exit status 1 when anything failed.
"""
import argparse
import os
import plistlib
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from robustness import Results, Terminal, child_env  # noqa: E402

SEQUENCES = ["\x1b]52;c;cHduZWQ=\x07", "\x1b]0;pwned\x07", "\x1b]0;pwned\x1b\\", "\x1b[2J", "\x1b[31m", "\x07", "\x00",
             "\x7f", "\r", "\x08", "\x9b31m", "\x9d0;pwned\x9c", "\x85", "\u202e", "\u202d", "\u2066", "\u2069", "\u200e",
             "\u200f", "\u061c", "\x1b", "\t", "\n"]
WORDS = ["Köln", "Beratung", "Müller", "Straße", "漢字", "😀", "e\u0301", "IQ", "NRW", "Fall"]
# Bytes the program may never pass from data to the terminal (UTF-8 of the scalars above, and
# the sequences whose content is ours).
FORBIDDEN_IN_TUI = [b"\x1b]52", b"\x1b]0;pwned", b"\xc2\x9b", b"\xc2\x9d", b"\xc2\x85", b"\x00", b"\x07",
                    b"\xe2\x80\xae", b"\xe2\x80\xad", b"\xe2\x81\xa6", b"\xe2\x81\xa9", b"\xe2\x80\x8e", b"\xe2\x80\x8f", b"\xd8\x9c"]


def is_raw_control(ch, allow_cr=False):
    o = ord(ch)
    if ch in "\n\t" or (allow_cr and ch == "\r"):
        return False
    return o < 0x20 or 0x7F <= o <= 0x9F or o in (0x061C, 0x200E, 0x200F) or 0x202A <= o <= 0x202E or 0x2066 <= o <= 0x2069


def raw_controls(text, allow_cr=False):
    return sorted({f"U+{ord(c):04X}" for c in text if is_raw_control(c, allow_cr)})


def hostile(rnd, at_least_one=True):
    parts = [rnd.choice(WORDS)]
    for _ in range(rnd.randint(1 if at_least_one else 0, 5)):
        parts.append(rnd.choice(SEQUENCES))
        parts.append(rnd.choice(WORDS))
    return "".join(parts)


def run(binary, args, env_extra=None, cwd=None):
    p = subprocess.run([binary] + args, stdin=subprocess.DEVNULL, capture_output=True, timeout=60,
                       env=child_env(env_extra), cwd=cwd)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def poison(path, rnd):
    """Rewrites the data file with hostile strings in names, notes, roles and saved-by names."""
    with open(path, "rb") as f:
        root = plistlib.load(f)
    root["savedBy"] = hostile(rnd)
    for table, keys in [("partners", ["name", "shortName", "role", "address", "phone", "email", "website"]),
                        ("sites", ["name", "city", "note"]), ("measures", ["name"]),
                        ("cases", ["notes", "counsellor", "residence", "qualification", "referenzberuf", "authority"])]:
        for record in root.get(table, []):
            if rnd.random() < 0.5:
                continue
            record["modifiedBy"] = hostile(rnd)
            for key in keys:
                if rnd.random() < 0.6:
                    record[key] = hostile(rnd)
            if table == "partners" and rnd.random() < 0.5:
                record["cities"] = [hostile(rnd)]
            if table == "cases":
                record.setdefault("person", {})
                record["person"]["firstName"] = hostile(rnd)
                record["person"]["lastName"] = hostile(rnd)
    with open(path, "wb") as f:
        plistlib.dump(root, f, fmt=plistlib.FMT_BINARY)
    return [c["number"] for c in root.get("cases", [])]


def csv_cell(text):
    return '"' + text.replace('"', '""') + '"'


def commands(numbers):
    out = [(["check"], False)]
    out += [(["export", "partners", "--format", f], f != "json") for f in ("csv", "json", "vcard")]
    out += [(["export", "locations", "--format", f], f == "csv") for f in ("csv", "geojson")]
    out += [(["export", "cases", "--include-personal", "--format", f], f == "csv") for f in ("csv", "json")]
    out += [(["stats", "--format", f], f == "csv") for f in ("text", "csv", "json")]
    out += [(["nearest", "Köln"], False)]
    for number in numbers[:2]:
        out += [(["export", "case", number, "--format", f], False) for f in ("text", "json")]
    return out


def one_round(a, r, rnd, n):
    work = os.path.join(a.work, f"round-{n}")
    os.makedirs(work, exist_ok=True)
    data = os.path.join(work, "data.plist")
    user = {"USER": hostile(rnd).replace("\x00", "")}  # an environment value cannot hold NUL
    # A file with the network and a few cases, made by the program itself, then poisoned.
    cases = os.path.join(work, "cases.csv")
    with open(cases, "w", encoding="utf-8") as f:
        f.write("Fallnummer;Vorname;Nachname;Notizen\n")
        for i in range(rnd.randint(2, 6)):
            f.write(f";{csv_cell(hostile(rnd))};{csv_cell(hostile(rnd))};{csv_cell(hostile(rnd))}\n")
    status, out, err = run(a.bin, ["import", "cases", cases, "--data", data], user)
    r.check(status == 0, f"round {n}: import cases exits 0", err[-300:])
    r.check(not raw_controls(out + err), f"round {n}: import cases prints no raw control", str(raw_controls(out + err)))
    with open(data, "rb") as f:
        stored = plistlib.load(f)
    names = [stored["savedBy"]] + [c["person"][k] for c in stored.get("cases", []) for k in ("firstName", "lastName")]
    names += [c.get("notes", "") for c in stored.get("cases", [])] + [c["modifiedBy"] for c in stored.get("cases", [])]
    bad = [x for x in names if raw_controls(x, allow_cr=False)]
    r.check(not bad, f"round {n}: imported cases and the saved-by name hold no control", repr(bad[:3]))

    numbers = poison(data, rnd)
    for args, allow_cr in commands(numbers):
        status, out, err = run(a.bin, args + ([data] if args == ["check"] else ["--data", data]), user)
        r.check(status == 0, f"round {n}: {' '.join(args[:3])} exits 0", err[-300:])
        found = raw_controls(out, allow_cr) + raw_controls(err)
        r.check(not found, f"round {n}: {' '.join(args[:4])} prints no raw control or bidi character", str(found))

    # A partner import full of them, into the poisoned file.
    partners = os.path.join(work, "partners.csv")
    with open(partners, "w", encoding="utf-8") as f:
        f.write("Name;Rolle;Orte;" + csv_cell(hostile(rnd)) + "\n")
        for i in range(rnd.randint(2, 8)):
            f.write(f"{csv_cell(hostile(rnd) + str(i))};{csv_cell(hostile(rnd))};{csv_cell(hostile(rnd))};x\n")
    status, out, err = run(a.bin, ["import", "partners", partners, "--skip-invalid", "--data", data], user)
    r.check(status in (0, 1), f"round {n}: import partners ends", err[-300:])
    r.check(not raw_controls(out + err), f"round {n}: import partners prints no raw control", str(raw_controls(out + err)))

    # The program draws the poisoned data: lists and open entries of the four panes.
    term = Terminal([a.bin, "--read-only", "--data", data], child_env(), 120, 40)
    try:
        term.pump(1.0)
        for keys in [b"\r", b"j\r", b"\x1b", b"3", b"\r", b"j", b"\x1b", b"2", b"\r", b"i", b"\x1b", b"4", b"\r", b"\x1b", b"1", b"j\r"]:
            term.write(keys)
            term.pump(0.15)
        term.write(b"q")
        term.wait(a.timeout)
        leaked = [s for s in FORBIDDEN_IN_TUI if s in term.raw]
        r.check(not leaked, f"round {n}: the program sends none of the data's sequences", repr(leaked))
    finally:
        term.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=10)
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    rnd = random.Random(a.seed)
    r = Results("controls")
    for n in range(a.rounds):
        one_round(a, r, rnd, n)
    r.finish()


if __name__ == "__main__":
    main()
