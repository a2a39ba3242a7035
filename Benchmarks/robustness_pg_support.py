"""What robustness_postgres.py's parts share: the database of a run, the cluster's tools, the
seed data, another session holding rows, and a gone session's recovery journal."""
import datetime
import glob
import os
import plistlib
import random
import struct
import subprocess
import time

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

    def partners(self, path):
        """Each partner's name by its id, as `db export` reads them ({} when it cannot)."""
        exported = self.export(path)
        return {p["id"]: p["name"] for p in exported["partners"]} if exported else {}

    def partner_names(self, path):
        return set(self.partners(path).values())

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


class Holder:
    """Another session's transaction that holds every partner row (as a program stopped or cut
    off mid-save would) until it is let go: no fixed time, so a slow machine cannot free the
    rows before the program's lock wait has ended."""

    SLEEPING = "SELECT {} FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND datname = current_database()"

    def __init__(self, db):
        self.db = db
        self.process = subprocess.Popen(["psql", db.conn, "-Xq", "-c", "BEGIN; SELECT id FROM iq.partners FOR UPDATE; SELECT pg_sleep(60); ROLLBACK;"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=db.env)
        end = time.monotonic() + 10
        while not self.holding() and time.monotonic() < end:
            time.sleep(0.05)

    def holding(self):
        """The rows are taken (the holder sleeps inside its transaction)."""
        return self.db.sql(self.SLEEPING.format("count(*)")) != "0"

    def release(self):
        """Ends the holder's backend: its transaction rolls back and the rows are free."""
        self.db.sql(self.SLEEPING.format("pg_terminate_backend(pid)"))
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        end = time.monotonic() + 10
        while self.holding() and time.monotonic() < end:
            time.sleep(0.05)


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
