#!/usr/bin/env python3
"""The running program on a PostgreSQL database (issue 18), beside robustness.py: the real
`iq-tui --store …` (built with --traits PostgreSQL) in a pseudo-terminal, on a fresh database of
a throwaway cluster (.ci/postgres-cluster). Standard library and psql only; what the parts
share is in robustness_pg_support.py.

  robustness_postgres.py --bin IQ-TUI --server CONNECTION --cluster DIR --work DIR
                         [--partners N] [--kills K] [--seed S]

  kill     SIGKILL while the program saves N changed records in one transaction (they come
           from a gone session's recovery journal, restored with Enter, then Ctrl-S): every row
           is afterwards all old or all new, `db export` reads the database, and when the
           save did not get through the next start offers the journal again; restored and
           saved, every row is new.
  restart  `pg_ctl restart -m fast` while the program has an unsaved deletion (`d`: no form,
           which would save at once): it says the connection dropped, nothing is written on
           its own, and Ctrl-S then writes the deletion and nothing else.
  conflict Two programs change the same partner in its form (Ctrl-S there saves): the second
           one's save meets rows another session holds, the first then saves, and the second
           shows the conflict dialog; the database holds the first one's change only.
  held     Another session's transaction holds the rows (a program stopped mid-save) until the
           program has said so: the save gives up after the lock wait; once the rows are free,
           Ctrl-S saves.

CONNECTION is the cluster's connection string (`.ci/postgres-cluster start`, line 2); DIR its
directory (line 1), whose server is restarted. Prints "ok"/"FAIL" lines and a summary per part;
exits 1 when anything failed.
"""
import argparse
import os
import plistlib
import random
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from robustness import Results, Terminal, child_env  # noqa: E402
from robustness_pg_support import Database, Holder, pg_bin, seed_file, whole_seconds, write_journal  # noqa: E402


def start(a, db, env, res, what):
    term = Terminal([a.bin, "--store", db.store, "--autosave", "0"], env, 100, 30)
    # Loaded (the status bar names the database) and, with that, the journal opened.
    if not res.check(term.wait_for("Daten aus PostgreSQL", 20), f"{what}: the program shows the database",
                     term.raw[-400:].decode(errors="replace")):
        term.close()
        return None
    term.pump(0.3)
    return term


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


def said_after(term, mark, text, timeout):
    """`text` written by the program after byte `mark` of its output, within `timeout` s."""
    needle = text.encode()
    end = time.monotonic() + timeout
    while time.monotonic() < end and needle not in term.raw[mark:] and term.alive():
        term.pump(0.05)
    return needle in term.raw[mark:]


def form_save(term, name):
    """The selected partner's form (`1e`), its name replaced, and Ctrl-S: saves at once."""
    term.write(b"1e")
    term.pump(0.4)
    mark = len(term.raw)
    term.write(name.encode() + b"\x13")
    return mark


def restart_part(a, env, db, res):
    """An edit no form saves (a partner deleted with `d`) is unsaved when the server restarts:
    the program says the connection dropped, nothing is written on its own, and Ctrl-S then
    writes the deletion and nothing else."""
    term = start(a, db, env, res, "restart")
    if term is None:
        return
    before = db.partners(os.path.join(a.work, "restart-start.plist"))
    term.write(b"1d")  # the selected partner: delete, asked first
    term.pump(0.4)
    term.write(b"\x1bOC\r")  # → to "Löschen", Enter (keeping it is preselected)
    term.pump(0.5)
    res.check(db.partners(os.path.join(a.work, "restart-deleted.plist")) == before, "restart: the deletion is not saved on its own")
    owner = ["runuser", "-u", os.environ.get("PG_USER", "nobody"), "--"] if os.getuid() == 0 else []
    pg_ctl = os.path.join(pg_bin(), "pg_ctl")
    mark = len(term.raw)
    # -l: the restarted server logs where the first one did, and keeps no pipe of ours open.
    p = subprocess.run(owner + [pg_ctl, "-D", os.path.join(a.cluster, "data"), "-l", os.path.join(a.cluster, "server.log"),
                                "-m", "fast", "-w", "restart"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if not res.check(p.returncode == 0, "restart: pg_ctl restart -m fast", p.stderr):
        term.close()
        return
    # The program notices the closed socket at once: it says the database is unreachable (the
    # server not back yet: the message, or the status bar's marker) or, when the server is back
    # already, that it is connected again.
    said = b""
    end = time.monotonic() + 10
    while time.monotonic() < end and not said:
        term.pump(0.1)
        said = next((w for w in (b"Keine Verbindung zur Datenbank", b"keine Verbindung", b"Wieder mit der Datenbank verbunden")
                     if w in term.raw[mark:]), b"")
    res.check(bool(said), "restart: the program says the connection dropped (unreachable, or connected again)",
              term.raw[-400:].decode(errors="replace"))
    res.note(f"it said: {said.decode()}")
    res.check(db.partners(os.path.join(a.work, "restart-before.plist")) == before, "restart: nothing was saved on its own")
    mark = len(term.raw)
    term.write(b"\x13")  # Ctrl-S: saving again is all it takes
    res.check(said_after(term, mark, "Gespeichert", 15), "restart: Ctrl-S saves after the restart", term.raw[-400:].decode(errors="replace"))
    after = db.partners(os.path.join(a.work, "restart-after.plist"))
    gone = before.keys() - after.keys()
    res.check(len(gone) == 1 and after == {i: n for i, n in before.items() if i not in gone}, "restart: the database lost the deleted partner and nothing else",
              f"{len(before)} partners before, {len(after)} after")
    term.write(b"q")
    res.check(term.wait(10) is not None, "restart: the program quits")
    term.close()


def conflict_part(a, env, db, res):
    """Two programs change the same partner in its form, where Ctrl-S saves at once. The second
    one's save comes first but finds the rows held by another session, so its change stays
    unsaved; once they are free the first one saves, and the second (told by the commit, or at
    its next Ctrl-S) shows the conflict dialog: the database holds the first one's change only.
    The held rows fix the order: the second's change is in its document before the first's
    commit arrives, however the two programs are scheduled."""
    first = start(a, db, env, res, "conflict, first program")
    second = start(a, db, env, res, "conflict, second program")
    if first is None or second is None:
        return
    holder = Holder(db)
    mark = form_save(second, "Zweites Programm Träger")
    res.check(said_after(second, mark, "Eine andere Sitzung h", 15), "conflict: the second program's save finds the rows held",
              second.raw[-400:].decode(errors="replace"))
    holder.release()
    mark = form_save(first, "Erstes Programm Träger")
    res.check(said_after(first, mark, "Gespeichert", 10), "conflict: the first program's form saves", first.raw[-300:].decode(errors="replace"))
    mark = len(second.raw)
    told = said_after(second, mark, "Konflikt 1 von 1", 5)
    res.note(f"the second program was told {'by the first one’s commit' if told else 'at its own Ctrl-S'}")
    if not told:
        second.write(b"\x13")  # the commit not heard (yet): its own save finds the change
        told = said_after(second, mark, "Konflikt 1 von 1", 10)
    res.check(told, "conflict: the second program shows the conflict dialog", second.raw[-400:].decode(errors="replace"))
    names = db.partner_names(os.path.join(a.work, "conflict.plist"))
    res.check("Erstes Programm Träger" in names and "Zweites Programm Träger" not in names,
              "conflict: the database holds the first program's change, nothing of the second's")
    for term in (first, second):
        term.close()


def held_part(a, env, db, res):
    """Another session's transaction holds every partner row (as a program stopped or cut off
    mid-save would; a killed client's backend keeps its locks until its statement ends): a save
    gives up within the lock wait and says so, and once the rows are free Ctrl-S saves."""
    term = start(a, db, env, res, "held")
    if term is None:
        return
    holder = Holder(db)
    t0 = time.monotonic()
    mark = form_save(term, "Festgehalten Träger")
    res.check(said_after(term, mark, "Eine andere Sitzung h", 15), "held: the save gives up and says another session holds the records",
              term.raw[-400:].decode(errors="replace"))
    res.note(f"the save gave up after {time.monotonic() - t0:.1f} s")
    res.check(holder.holding(), "held: the rows were still held when the program said so")
    holder.release()
    mark = len(term.raw)
    term.write(b"\x13")
    res.check(said_after(term, mark, "Gespeichert", 10), "held: Ctrl-S saves once the rows are free", term.raw[-400:].decode(errors="replace"))
    res.check("Festgehalten Träger" in db.partner_names(os.path.join(a.work, "held.plist")), "held: the change is in the database")
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


if __name__ == "__main__":
    main()
