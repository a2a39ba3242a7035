#!/usr/bin/env python3
"""The running program on a PostgreSQL database (issue 18), beside robustness.py: the real
`iq-tui --store …` (built with --traits PostgreSQL) in a pseudo-terminal, on a fresh database of
a throwaway cluster (.ci/postgres-cluster). Standard library and psql only.

  robustness_postgres.py --bin IQ-TUI --server CONNECTION --cluster DIR --work DIR
                         [--partners N] [--kills K] [--seed S]

  kill     SIGKILL while the program saves N changed records in one transaction (they come
           from a gone session's recovery journal, restored with Enter, then Ctrl-S): every row
           is afterwards all old or all new, `db export` reads the database, and when the
           save did not get through the next start offers the journal again; restored and
           saved, every row is new.
  restart  `pg_ctl restart -m fast` while the program has an unsaved new partner: the status
           bar says the database is unreachable, the partner stays, and Ctrl-S then saves it.
  conflict Two programs change the same partner: the second shows the conflict dialog.
  held     Another session's transaction holds the rows (a program stopped mid-save): the save
           gives up after the lock wait and says so; once they are free, Ctrl-S saves.

CONNECTION is the cluster's connection string (`.ci/postgres-cluster start`, line 2); DIR its
directory (line 1), whose server is restarted. Prints "ok"/"FAIL" lines and a summary per part;
exits 1 when anything failed.
"""
import argparse
import datetime
import glob
import os
import plistlib
import random
import struct
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from robustness import Results, Terminal, child_env  # noqa: E402

APP = "iq-robustness"


class Database:
    """A database of its own on the cluster, made with `db init`, reached with psql."""

    def __init__(self, a, env):
        self.a, self.env = a, env
        self.name = f"iq_robust_{os.getpid()}_{random.randrange(1 << 30)}"
        self.psql(a.server, f"CREATE DATABASE {self.name}")
        self.conn = f"{a.server} dbname={self.name}"
        # application_name: pg_stat_activity tells which backend is the program's.
        self.store = f"{self.conn} application_name={APP}"

    def psql(self, conn, sql):
        p = subprocess.run(["psql", conn, "-XAtq", "-v", "ON_ERROR_STOP=1", "-c", sql], capture_output=True, text=True, env=self.env)
        if p.returncode != 0:
            raise RuntimeError(f"psql: {p.stderr.strip()}")
        return p.stdout.strip()

    def sql(self, sql):
        return self.psql(self.conn, sql)

    def iq(self, *args):
        return subprocess.run([self.a.bin, *args, "--store", self.conn], capture_output=True, text=True, env=self.env,
                              stdin=subprocess.DEVNULL)

    def export(self, path):
        """The database as the program reads it (None when it cannot be read)."""
        p = self.iq("db", "export", path)
        if p.returncode != 0:
            return None
        with open(path, "rb") as f:
            return plistlib.load(f)

    def programs_backends(self):
        return int(self.sql(f"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{APP}'") or 0)

    def saving(self):
        """The program's backend is inside a writing transaction."""
        return self.sql(f"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{APP}' AND backend_xid IS NOT NULL") not in ("", "0")

    def drop(self):
        try:
            self.psql(self.a.server, f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
        except RuntimeError as e:
            print(f"     could not drop {self.name}: {e}")


def start(a, db, env, res, what):
    term = Terminal([a.bin, "--store", db.store, "--autosave", "0"], env, 100, 30)
    # Loaded (the status bar names the database) and, with that, the journal opened.
    if not res.check(term.wait_for("Daten aus PostgreSQL", 20), f"{what}: the program shows the database",
                     term.raw[-400:].decode(errors="replace")):
        term.close()
        return None
    term.pump(0.3)
    return term


def whole_seconds(value):
    """Dates to whole seconds, everywhere: Python's plistlib keeps microseconds only, and the
    journal's bases must equal the rows exactly."""
    if isinstance(value, datetime.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, dict):
        return {k: whole_seconds(v) for k, v in value.items()}
    if isinstance(value, list):
        return [whole_seconds(v) for v in value]
    return value


def write_journal(path, partners, round_no, user):
    """A gone session's journal (RecoveryJournal's frames: 4-byte length, binary plist) that
    changes every partner's role: one entry of N edits, each with its base."""
    edits = []
    for base in partners:
        record = dict(base)
        record["role"] = f"Geändert in Runde {round_no}"
        record["revision"] = base["revision"] + 1
        record["modifiedAt"] = datetime.datetime(2026, 1, 1, 12, 0, round_no)
        record["modifiedBy"] = user
        edits.append({"op": "put", "kind": "partner", "record": record, "base": base})
    body = plistlib.dumps({"at": datetime.datetime(2026, 1, 1, 12, 0, round_no), "edits": edits}, fmt=plistlib.FMT_BINARY)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(struct.pack(">I", len(body)) + body)


def kill_part(a, env, db, res):
    rnd = random.Random(a.seed)
    work = os.path.join(a.work, "kill")
    os.makedirs(work, exist_ok=True)
    # N partners beside the network, every date to whole seconds, into the database.
    csv = os.path.join(work, "bulk.csv")
    with open(csv, "w", encoding="utf-8") as f:
        f.write("Name;Kategorie;Orte;Rolle\n")
        for i in range(a.partners):
            f.write(f"Grundbestand {i} Träger;Kammern;Köln, Münster;Eine Rolle mit Umlauten äöü\n")
    data = os.path.join(work, "start.plist")
    p = subprocess.run([a.bin, "import", "partners", csv, "--data", data], capture_output=True, env=env, stdin=subprocess.DEVNULL)
    if not res.check(p.returncode == 0, "the data file is made by import partners", p.stderr.decode(errors="replace")):
        return
    with open(data, "rb") as f:
        root = whole_seconds(plistlib.load(f))
    with open(data, "wb") as f:
        plistlib.dump(root, f, fmt=plistlib.FMT_BINARY)
    p = db.iq("db", "init")
    res.check(p.returncode == 0, "db init", p.stderr)
    p = db.iq("db", "import", data)
    if not res.check(p.returncode == 0, "db import of the data file", p.stderr):
        return

    # A session killed at once leaves an empty journal: its name is a gone session's.
    term = start(a, db, env, res, "first start")
    if term is None:
        return
    term.kill()
    term.close()
    folder = os.path.join(env["XDG_DATA_HOME"], "iq-tui")
    journals = [e for e in os.listdir(folder) if e.endswith(".journal")]
    if not res.check(len(journals) == 1, "a killed program leaves its journal", str(journals)):
        return
    journal = os.path.join(folder, journals[0])
    user = journals[0].split(".")[1]

    outcomes = {"old": 0, "new": 0}
    # How long a whole save of them took (measured at each restore): kills spread over it.
    save_time = 0.3
    for k in range(1, a.kills + 1):
        current = db.export(os.path.join(work, f"before-{k}.plist"))
        if not res.check(current is not None, f"round {k}: the database is read"):
            return
        partners = current["partners"]
        old = {p["id"]: p["revision"] for p in partners}
        write_journal(journal, partners, k, user)
        term = start(a, db, env, res, f"round {k}")
        if term is None:
            return
        if not res.check(term.wait_for("Wiederherstellung", 10), f"round {k}: the journal is offered"):
            term.close()
            return
        term.write(b"\r")  # Enter: restore (preselected)
        term.pump(0.5)
        term.write(b"\x13")  # Ctrl-S: N rows in one transaction
        end = time.monotonic() + 20
        while not db.saving() and time.monotonic() < end and term.alive():
            time.sleep(0.01)
        res.check(db.saving(), f"round {k}: the save's transaction is seen running")
        time.sleep(rnd.uniform(0, save_time * 1.2))
        term.kill()
        term.close()
        end = time.monotonic() + 20
        while db.programs_backends() and time.monotonic() < end:
            time.sleep(0.05)
        res.check(db.programs_backends() == 0, f"round {k}: the server let go of the killed program's connection")

        after = db.export(os.path.join(work, f"after-{k}.plist"))
        if not res.check(after is not None, f"round {k}: db export reads the database after the kill"):
            return
        roles = {p["id"]: p.get("role") for p in after["partners"]}
        versions = {p["id"]: p["revision"] for p in after["partners"]}
        all_old = versions == old and f"Geändert in Runde {k}" not in roles.values()
        all_new = versions == {i: r + 1 for i, r in old.items()} and set(roles.values()) == {f"Geändert in Runde {k}"}
        res.check(all_old or all_new, f"round {k}: every row is all old or all new",
                  f"{sum(versions[i] != old[i] for i in old)} of {len(old)} rows new")
        outcomes["new" if all_new else "old"] += 1

        # The next start: a save that did not get through is offered again; restored and saved.
        term = start(a, db, env, res, f"round {k}, after the kill")
        if term is None:
            return
        offered = term.wait_for("Wiederherstellung", 5)
        if all_old:
            res.check(offered, f"round {k}: the next start offers the killed session's journal")
        if offered:
            term.write(b"\r")
            term.pump(0.5)
            t0 = time.monotonic()
            term.write(b"\x13")
            res.check(term.wait_for("Gespeichert", 30), f"round {k}: the restored edits are saved",
                      term.raw[-400:].decode(errors="replace"))
            save_time = time.monotonic() - t0
        term.write(b"q")
        term.wait(10)
        term.close()
        final = db.export(os.path.join(work, f"final-{k}.plist"))
        res.check(final is not None and {p.get("role") for p in final["partners"]} == {f"Geändert in Runde {k}"},
                  f"round {k}: after the restore every row is new")
    res.note(f"{a.kills} kills during a save of {len(old)} rows (a whole save: {save_time * 1000:.0f} ms): "
             f"the rows as before {outcomes['old']} times, all new {outcomes['new']} times")


def partner_names(db, path):
    exported = db.export(path)
    return {p["name"] for p in exported["partners"]} if exported else set()


def new_partner(term, name):
    term.write(b"1n")
    term.pump(0.3)
    term.write(name.encode() + b"\t\t\x1bOC")  # Tab Tab →: the first category
    term.pump(0.2)
    term.write(b"\x13")  # Ctrl-S in the form: into the document, not saved
    term.pump(0.5)


def restart_part(a, env, db, res):
    term = start(a, db, env, res, "restart")
    if term is None:
        return
    name = "Nach dem Neustart Träger"
    new_partner(term, name)
    res.check(name.encode() in term.raw, "restart: the new partner is on screen")
    owner = ["runuser", "-u", os.environ.get("PG_USER", "nobody"), "--"] if os.getuid() == 0 else []
    pg_ctl = os.path.join(pg_bin(), "pg_ctl")
    # -l: the restarted server logs where the first one did, and keeps no pipe of ours open.
    p = subprocess.run(owner + [pg_ctl, "-D", os.path.join(a.cluster, "data"), "-l", os.path.join(a.cluster, "server.log"),
                                "-m", "fast", "-w", "restart"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if not res.check(p.returncode == 0, "restart: pg_ctl restart -m fast", p.stderr):
        term.close()
        return
    # The program notices the closed socket at once: it says the database is unreachable (the
    # server not back yet) or, when the server is back already, that it is connected again.
    said = b""
    end = time.monotonic() + 10
    while time.monotonic() < end and not said:
        term.pump(0.1)
        said = next((w for w in (b"Keine Verbindung zur Datenbank", b"Wieder mit der Datenbank verbunden") if w in term.raw), b"")
    res.check(bool(said), "restart: the status bar says the connection dropped (unreachable, or connected again)",
              term.raw[-400:].decode(errors="replace"))
    res.check(name not in partner_names(db, os.path.join(a.work, "restart-before.plist")), "restart: nothing was saved on its own")
    mark = len(term.raw)
    term.write(b"\x13")  # Ctrl-S: saving again is all it takes
    saved = False
    end = time.monotonic() + 15
    while time.monotonic() < end and not saved:
        term.pump(0.1)
        saved = b"Gespeichert" in term.raw[mark:]
    res.check(saved, "restart: Ctrl-S saves after the restart", term.raw[-400:].decode(errors="replace"))
    res.check(name in partner_names(db, os.path.join(a.work, "restart-after.plist")), "restart: the partner is in the database")
    term.write(b"q")
    res.check(term.wait(10) is not None, "restart: the program quits")
    term.close()


def conflict_part(a, env, db, res):
    first = start(a, db, env, res, "conflict, first program")
    second = start(a, db, env, res, "conflict, second program")
    if first is None or second is None:
        return
    for term, name in ((second, "Zweites Programm Träger"), (first, "Erstes Programm Träger")):
        term.write(b"1e")  # the first partner of the list, its form
        term.pump(0.4)
        term.write(name.encode() + b"\x13")  # the selected name replaced, Ctrl-S: into the document
        term.pump(0.4)
    first.write(b"\x13")  # the first program saves first
    res.check(first.wait_for("Gespeichert", 10), "conflict: the first program saves", first.raw[-300:].decode(errors="replace"))
    second.write(b"\x13")
    res.check(second.wait_for("Konflikt 1 von 1", 10), "conflict: the second program shows the conflict dialog",
              second.raw[-400:].decode(errors="replace"))
    names = partner_names(db, os.path.join(a.work, "conflict.plist"))
    res.check("Erstes Programm Träger" in names and "Zweites Programm Träger" not in names,
              "conflict: the database holds the first program's change, nothing of the second's")
    for term in (first, second):
        term.close()


def held_part(a, env, db, res):
    """Another session's transaction holds every partner row (as a program stopped or cut off
    mid-save would): a save gives up within the lock wait and says so,
    and once the rows are free Ctrl-S saves."""
    term = start(a, db, env, res, "held")
    if term is None:
        return
    # The holder lets go after 8 s by itself: a killed client's backend would keep the locks
    # until its statement ends (the server does not look at the socket meanwhile).
    holder = subprocess.Popen(["psql", db.conn, "-Xq", "-c", "BEGIN; SELECT id FROM iq.partners FOR UPDATE; SELECT pg_sleep(8); ROLLBACK;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    end = time.monotonic() + 10
    sleeping = "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND datname = current_database()"
    while db.sql(sleeping) == "0" and time.monotonic() < end:
        time.sleep(0.05)
    term.write(b"1e")
    term.pump(0.4)
    term.write("Festgehalten Träger".encode() + b"\x13")
    term.pump(0.4)
    mark, t0 = len(term.raw), time.monotonic()
    term.write(b"\x13")
    said = term.wait_for("Eine andere Sitzung h", 15)
    res.check(said and b"Eine andere Sitzung h" in term.raw[mark:], "held: the save gives up and says another session holds the records",
              term.raw[-400:].decode(errors="replace"))
    res.note(f"the save gave up after {time.monotonic() - t0:.1f} s")
    try:
        holder.wait(20)
    except subprocess.TimeoutExpired:
        holder.kill()
        holder.wait()
    mark = len(term.raw)
    term.write(b"\x13")
    end = time.monotonic() + 10
    while time.monotonic() < end and b"Gespeichert" not in term.raw[mark:]:
        term.pump(0.1)
    res.check(b"Gespeichert" in term.raw[mark:], "held: Ctrl-S saves once the rows are free", term.raw[-400:].decode(errors="replace"))
    res.check("Festgehalten Träger" in partner_names(db, os.path.join(a.work, "held.plist")), "held: the change is in the database")
    term.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--server", required=True, help="the cluster's connection string")
    ap.add_argument("--cluster", required=True, help="the cluster's directory (its server is restarted)")
    ap.add_argument("--work", required=True)
    ap.add_argument("--partners", type=int, default=3000)
    ap.add_argument("--kills", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    failed = 0
    for title, part in (("kill", kill_part), ("restart", restart_part), ("conflict", conflict_part), ("held", held_part)):
        res = Results(title)
        started = time.monotonic()
        # Each part its own data directory (journals) and database.
        home = os.path.join(a.work, title)
        env = child_env({"HOME": home, "XDG_DATA_HOME": os.path.join(home, "data"), "XDG_CONFIG_HOME": os.path.join(home, "config")})
        os.makedirs(env["XDG_DATA_HOME"], exist_ok=True)
        db = Database(a, env)
        try:
            if title != "kill":
                for cmd in (["db", "init"], ["db", "import", seed_file(a, env, home)]):
                    p = db.iq(*cmd)
                    res.check(p.returncode == 0, " ".join(cmd[:2]), p.stderr)
            part(a, env, db, res)
        except Exception as e:  # noqa: BLE001 - any failure is the finding
            res.check(False, f"{title}: ran to its end", repr(e))
        finally:
            db.drop()
        res.note(f"took {time.monotonic() - started:.1f} s")
        print(f"summary {title} passed={res.passed} failed={res.failed}", flush=True)
        failed += res.failed
    sys.exit(1 if failed else 0)


def pg_bin():
    """Where pg_ctl is: PG_BIN, else the newest /usr/lib/postgresql/*/bin (as .ci/postgres-cluster)."""
    if os.environ.get("PG_BIN"):
        return os.environ["PG_BIN"]
    found = glob.glob("/usr/lib/postgresql/*/bin")
    return max(found, key=lambda d: [int(x) for x in d.split("/")[-2].split(".") if x.isdigit()]) if found else "/usr/bin"


def seed_file(a, env, home):
    """The network and one partner more, as a data file (made from the program's seed)."""
    path, csv = os.path.join(home, "seed.plist"), os.path.join(home, "one.csv")
    with open(csv, "w", encoding="utf-8") as f:
        f.write("Name;Kategorie\nGrundbestand Träger;Kammern\n")
    subprocess.run([a.bin, "import", "partners", csv, "--data", path], capture_output=True, env=env, stdin=subprocess.DEVNULL)
    return path


if __name__ == "__main__":
    main()
