#!/usr/bin/env python3
"""The real-binary parts of Benchmarks/robustness.sh (issue 9): standard library only.

  robustness.py pty     --bin IQ-TUI --work DIR --seed N --runs R --keys K [--paste P] [--long-field L]
      Random keys (printable with umlauts, emoji clusters, arrows, Tab, Enter, Esc, F1, F10,
      Ctrl keys, mouse reports, pasted text of up to P characters), window resizes (TIOCSWINSZ
      + SIGWINCH) and SIGCONT / SIGWINCH / SIGTSTP+SIGCONT into the program in a pseudo-terminal;
      at the end SIGTERM or SIGHUP. The data file's partners carry hostile fields (escape
      sequences, C0/C1 controls, bidi overrides, grapheme clusters, a role of L characters).
      Checked: no crash signal, the end within a timeout, the terminal restored, not one
      data-borne sequence or control in the program's output, `iq-tui check` passes.
  robustness.py kill    --bin IQ-TUI --work DIR --seed N --rounds R --tui-rounds T
      SIGKILL at random moments of `iq-tui import partners` (and of the program saving a new
      partner typed in a pseudo-terminal); after each kill `iq-tui check` passes and the file is
      one of the saved versions, never a torn one.
  robustness.py sessions --bin IQ-TUI --work DIR --runs R
      Two programs of one user on one file: the second never offers or deletes the first one's
      live journal (also when it saves); killed, the first one's edit is offered and restored at
      the next start; a killed program's open form is offered as a draft, and declined, deleted.
  robustness.py corpus  --bin IQ-TUI --work DIR --seed N --count C --open O
      Corrupt data files made from a valid one: `iq-tui check` exits 1 with a message and never
      crashes or hangs; the program opened on a few shows the damaged-file screen and quits
      cleanly without changing the file.

Every check prints "ok" or "FAIL" with what was wrong; the last line is
"summary PART passed=P failed=F", and the exit status is 1 when anything failed.
"""
import argparse
import errno
import fcntl
import hashlib
import os
import plistlib
import pty
import random
import select
import signal
import struct
import subprocess
import sys
import termios
import time

CRASH_SIGNALS = {signal.SIGSEGV, signal.SIGABRT, signal.SIGILL, signal.SIGTRAP, signal.SIGBUS, signal.SIGFPE}
# (switched on, switched off, what) — what the program must have switched off again at its end.
MODES = [(b"\x1b[?1049h", b"\x1b[?1049l", "alternate screen"),
         (b"\x1b[?47h", b"\x1b[?47l", "alternate screen (47)"),
         (b"\x1b[?1000h", b"\x1b[?1000l", "mouse reporting"),
         (b"\x1b[?1002h", b"\x1b[?1002l", "mouse drag reporting"),
         (b"\x1b[?1003h", b"\x1b[?1003l", "mouse motion reporting"),
         (b"\x1b[?1006h", b"\x1b[?1006l", "SGR mouse mode"),
         (b"\x1b[?25l", b"\x1b[?25h", "hidden cursor"),
         (b"\x1b[?1h", b"\x1b[?1l", "application cursor keys")]


class Results:
    def __init__(self, part):
        self.part, self.passed, self.failed = part, 0, 0

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {self.part}: {what}" + (f" — {detail}" if detail else ""), flush=True)
        return ok

    def note(self, text):
        print(f"     {self.part}: {text}", flush=True)

    def finish(self):
        print(f"summary {self.part} passed={self.passed} failed={self.failed}", flush=True)
        sys.exit(1 if self.failed else 0)


def child_env(extra=None):
    env = dict(os.environ)
    env["TERM"] = "xterm-256color"
    env["LANG"] = "C.UTF-8"
    env.pop("LC_ALL", None)
    env.pop("NO_COLOR", None)
    env.pop("IQ_LANG", None)
    env.update(extra or {})
    return env


def describe_status(status):
    if os.WIFSIGNALED(status):
        return f"killed by {signal.Signals(os.WTERMSIG(status)).name}"
    if os.WIFEXITED(status):
        return f"exit {os.WEXITSTATUS(status)}"
    return f"status {status}"


class Terminal:
    """The program in a pseudo-terminal of a given size; everything it writes is kept."""

    def __init__(self, argv, env, cols, rows):
        self.raw = bytearray()
        self.status = None
        pid, fd = pty.fork()
        if pid == 0:
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fl = fcntl.fcntl(fd, fcntl.F_GETFL)
        fcntl.fcntl(fd, fcntl.F_SETFL, fl | os.O_NONBLOCK)

    def pump(self, seconds):
        """Reads what the program writes for `seconds` (at least one look)."""
        end = time.monotonic() + seconds
        while True:
            left = end - time.monotonic()
            r, _, _ = select.select([self.fd], [], [], max(0.0, left))
            if r:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError as e:
                    if e.errno in (errno.EIO, errno.EBADF):
                        chunk = b""
                    elif e.errno == errno.EAGAIN:
                        continue
                    else:
                        raise
                if not chunk:
                    self.poll()
                    if self.status is not None:
                        return
                    time.sleep(0.005)
                self.raw += chunk
            if time.monotonic() >= end:
                return

    def write(self, data):
        """Writes input, reading output meanwhile so the program never blocks on its writes."""
        view = memoryview(data)
        deadline = time.monotonic() + 5
        while view and self.alive():
            try:
                n = os.write(self.fd, view)
                view = view[n:]
            except OSError as e:
                if e.errno == errno.EAGAIN:
                    self.pump(0.005)
                elif e.errno == errno.EIO:
                    return
                else:
                    raise
            if time.monotonic() > deadline:
                return

    def poll(self):
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.status = status
        return self.status

    def alive(self):
        return self.poll() is None

    def resize(self, cols, rows):
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.signal(signal.SIGWINCH)

    def signal(self, sig):
        if self.alive():
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def wait(self, timeout):
        end = time.monotonic() + timeout
        while self.alive() and time.monotonic() < end:
            self.pump(0.02)
        self.pump(0.02)
        return self.poll()

    def wait_for(self, text, timeout):
        end = time.monotonic() + timeout
        needle = text.encode()
        while time.monotonic() < end and self.alive():
            if needle in self.raw:
                return True
            self.pump(0.03)
        return needle in self.raw

    def kill(self):
        if self.alive():
            os.kill(self.pid, signal.SIGKILL)
        self.wait(5)

    def close(self):
        self.kill()
        try:
            os.close(self.fd)
        except OSError:
            pass

    def modes_left_on(self):
        return [what for on, off, what in MODES if self.raw.rfind(on) >= 0 and self.raw.rfind(off) < self.raw.rfind(on)]


def run_check(binary, path, timeout=20):
    """`iq-tui check PATH` → (status or None on timeout, stdout+stderr)."""
    try:
        p = subprocess.run([binary, "check", path], stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, env=child_env())
    except subprocess.TimeoutExpired:
        return None, "(no answer within %d s)" % timeout
    return p.returncode, (p.stdout + p.stderr).decode("utf-8", "replace").strip()


def sha(path):
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError as e:
        return f"unreadable: {e.errno}"


# ---------------------------------------------------------------------------------------------
# Random keys, resizes and signals

SPECIAL = {
    "up": [b"\x1b[A", b"\x1bOA"], "down": [b"\x1b[B", b"\x1bOB"], "right": [b"\x1b[C", b"\x1bOC"], "left": [b"\x1b[D", b"\x1bOD"],
    "home": [b"\x1b[H", b"\x1bOH", b"\x1b[1~"], "end": [b"\x1b[F", b"\x1bOF", b"\x1b[4~"], "pgup": [b"\x1b[5~"], "pgdn": [b"\x1b[6~"],
    "del": [b"\x1b[3~"], "tab": [b"\t"], "backtab": [b"\x1b[Z"], "enter": [b"\r", b"\n"], "esc": [b"\x1b"], "bs": [b"\x7f", b"\x08"],
    "f1": [b"\x1bOP", b"\x1b[11~"], "f2": [b"\x1bOQ"], "f5": [b"\x1b[15~"], "ctrl-left": [b"\x1b[1;5D"], "ctrl-right": [b"\x1b[1;5C"],
    "ins": [b"\x1b[2~"],
}
PRINTABLE = "abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_/?!\"'()<>=+@#*&%$"
UMLAUTS = "äöüÄÖÜßéèçñ€°"
EXOTIC = ["😀", "漢字", "e\u0301", "\u200b", "ﬁ", "\u0000", "\ufffd"]
# Grapheme clusters terminals draw differently: a ZWJ family, flags, VS16, a skin tone.
CLUSTERS = ["👨\u200d👩\u200d👧\u200d👦", "🇩🇪", "🇹🇷", "❤\ufe0f", "👍🏽", "🏳\ufe0f\u200d🌈", "e\u0301"]
# What data may carry and the program must never pass to the terminal as it is. Once the
# controls are taken out the rest ("0;IQHARNESS title") is harmless text and may be shown.
HOSTILE = ["\x1b]0;IQHARNESS title\x07", "\x1b]52;c;SVFIQVJORVNT\x07", "\x1b[2J", "\x9b2J", "\x9d0;IQHARNESS\x9c",
           "\x1bP1$qm\x1b\\", "\x07", "\x00", "\x85", "\u202e", "\u2066", "\u202d"]
# ncurses itself sends one OSC: 104 (reset the colours, terminfo's oc); any other is data's.
NCURSES_OSC = b"\x1b]104\x07"
FORBIDDEN_OUTPUT = [(b"\x1b]", "OSC (title, clipboard)"), (b"\x1bP", "DCS"), (b"\x07", "BEL")] + \
    [(bytes([0xC2, c]), f"C1 control U+{c:04X}") for c in range(0x80, 0xA0)] + \
    [(chr(c).encode(), f"bidi control U+{c:04X}") for c in list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A))]


def pasted_text(rnd, longest):
    """What a paste brings: words with umlauts, emoji clusters, now and then a long run."""
    pieces = []
    length = rnd.randint(1, max(1, longest)) if rnd.random() < 0.3 else rnd.randint(1, 40)
    while sum(len(p) for p in pieces) < length:
        roll = rnd.random()
        pieces.append(rnd.choice(CLUSTERS) if roll < 0.2 else rnd.choice(UMLAUTS) if roll < 0.4 else
                      rnd.choice(["Köln ", "Straße ", "Anerkennung ", "Träger", " "]))
    return "".join(pieces)[:length]


def hostile_data_file(a, data, env):
    """The data file with partners whose fields carry every kind of hostile text (written with
    plistlib, so the import's own cleaning does not hide them), and one very long role."""
    rnd = random.Random(a.seed)
    seed_csv = os.path.join(a.work, "seed.csv")
    os.makedirs(a.work, exist_ok=True)
    with open(seed_csv, "w", encoding="utf-8") as f:
        f.write("Name;Kategorie;Orte;Rolle\nAnker Träger;Kammern;Köln;Rolle\n")
    p = subprocess.run([a.bin, "import", "partners", seed_csv, "--data", data], capture_output=True, env=env, stdin=subprocess.DEVNULL)
    if p.returncode != 0:
        return p.stderr.decode(errors="replace")
    with open(data, "rb") as f:
        root = plistlib.load(f)
    partners = root.get("partners", [])
    for i, partner in enumerate(rnd.sample(partners, min(12, len(partners)))):
        partner["name"] = f"{rnd.choice(['A', 'B', 'Ü'])}{i} " + rnd.choice(HOSTILE) + rnd.choice(CLUSTERS) + partner.get("name", "")
        partner["role"] = "".join(rnd.choice(HOSTILE + CLUSTERS + [" Rolle "]) for _ in range(12))
        partner["cities"] = [rnd.choice(HOSTILE) + "Köln", rnd.choice(CLUSTERS)]
    if partners:
        chunk = "".join(rnd.choice(HOSTILE + CLUSTERS + [" Wort "]) for _ in range(10))
        partners[0]["role"] = (chunk * (a.long_field // len(chunk) + 1))[:a.long_field]
    with open(data, "wb") as f:
        plistlib.dump(root, f, fmt=plistlib.FMT_BINARY)
    code, text = run_check(a.bin, data)
    return None if code == 0 else text
# Ctrl keys: all but Ctrl-C and Ctrl-\ (in a cooked terminal they end a program abruptly);
# Tab, Enter, Backspace and Esc come as special keys.
CTRL = [bytes([c]) for c in range(1, 32) if c not in (0x03, 0x1C, 0x08, 0x09, 0x0A, 0x0D, 0x1B)]


def random_key(rnd, cols, rows, mouse, paste):
    roll = rnd.random()
    if roll < 0.42:
        return rnd.choice(PRINTABLE).encode()
    if roll < 0.50:
        return rnd.choice(UMLAUTS).encode()
    if roll < 0.51:
        return rnd.choice(EXOTIC).encode()
    if roll < 0.80:
        return rnd.choice(rnd.choice(list(SPECIAL.values())))
    if roll < 0.90:
        return rnd.choice(CTRL)
    if roll < 0.97 and mouse:
        button = rnd.choice([0, 0, 0, 64, 65, 2])
        x, y = rnd.randint(1, max(1, cols)), rnd.randint(1, max(1, rows))
        return f"\x1b[<{button};{x};{y}M".encode() + (f"\x1b[<{button};{x};{y}m".encode() if button < 64 else b"")
    if roll < 0.9715:
        # Quitting keys, rarely: the program must end cleanly then too (and is started again).
        return rnd.choice([b"q", b"\x1b[21~"])
    if roll < 0.98:
        return rnd.choice(CLUSTERS).encode()
    if roll < 0.985:
        return pasted_text(rnd, paste).encode()
    # Garbage: half escape sequences and stray bytes.
    return rnd.choice([b"\x1b[", b"\x1b[999;999R", b"\x1b]0;x\x07", b"\xff\xfe", b"\x1bO", b"\x1b[<0;1", bytes([rnd.randint(128, 255)])])


def random_size(rnd):
    roll = rnd.random()
    if roll < 0.15:
        return rnd.randint(1, 30), rnd.randint(1, 10)
    if roll < 0.35:
        return rnd.choice([(80, 24), (60, 16), (59, 16), (60, 15), (100, 30), (120, 40)])
    return rnd.randint(20, 250), rnd.randint(5, 80)


def pty_part(a):
    res = Results("pty")
    rnd = random.Random(a.seed)
    data_home = os.path.join(a.work, "data")
    data = os.path.join(data_home, "iq-tui", "iq-tui.plist")
    env = child_env({"XDG_DATA_HOME": data_home, "XDG_CONFIG_HOME": os.path.join(a.work, "config"), "HOME": a.work})
    variants = [[], [], ["--lang", "en"], ["--ascii"], ["--no-mouse"], ["--autosave", "1"], ["--format", "xml"],
                ["--autosave", "0"], ["--read-only"], ["--workshop"], ["--theme", "monochrome"]]
    keys_sent = sessions = 0
    problem = hostile_data_file(a, data, env)
    if not res.check(problem is None, "a data file with hostile fields for the runs", problem or ""):
        res.finish()
    for run in range(a.runs):
        args = rnd.choice(variants)
        cols, rows = random_size(rnd) if rnd.random() < 0.3 else (100, 30)
        recent = []
        term = None

        def start():
            nonlocal term, sessions
            sessions += 1
            term = Terminal([a.bin] + args, env, cols, rows)
            term.pump(0.15)

        def finished_cleanly(how):
            """The program ended (by a quit key or at the end): how it ended and the terminal."""
            status = term.poll()
            label = f"run {run} ({' '.join(args) or 'no options'}), {how}"
            ok = res.check(status is not None and not (os.WIFSIGNALED(status) and os.WTERMSIG(status) in CRASH_SIGNALS),
                           f"{label}: no crash", describe_status(status) if status is not None else "still running")
            ok = res.check(status is not None and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0,
                           f"{label}: exit 0", describe_status(status) if status is not None else "still running") and ok
            left = term.modes_left_on()
            ok = res.check(not left, f"{label}: terminal restored", "left on: " + ", ".join(left)) and ok
            out = bytes(term.raw).replace(NCURSES_OSC, b"")
            leaked = [(what, out.find(needle)) for needle, what in FORBIDDEN_OUTPUT if needle in out]
            ok = res.check(not leaked, f"{label}: no control or sequence from data in the output",
                           "; ".join(f"{what}: …{out[max(0, at - 30):at + 30]!r}…" for what, at in leaked[:3])) and ok
            if not ok:
                print("     last keys: " + " ".join(repr(k) for k in recent[-40:]), flush=True)
            return ok

        start()
        for i in range(a.keys):
            if not term.alive():
                finished_cleanly(f"ended by a key after {i} keys")
                term.close()
                start()
            roll = rnd.random()
            if roll < 0.006:
                cols, rows = random_size(rnd)
                recent.append(f"<resize {cols}x{rows}>")
                term.resize(cols, rows)
            elif roll < 0.009:
                sig = rnd.choice(["CONT", "WINCH", "TSTP"])
                recent.append(f"<SIG{sig}>")
                if sig == "TSTP":
                    term.signal(signal.SIGTSTP)
                    term.pump(0.02)
                    term.signal(signal.SIGCONT)
                else:
                    term.signal(getattr(signal, "SIG" + sig))
            else:
                key = random_key(rnd, cols, rows, "--no-mouse" not in args, a.paste)
                recent.append(key)
                del recent[:-60]
                term.write(key)
                keys_sent += 1
            term.pump(0.002 if rnd.random() < 0.9 else 0.03)
        term.pump(0.2)
        if term.alive():
            sig = rnd.choice([signal.SIGTERM, signal.SIGHUP])
            term.signal(sig)
            status = term.wait(a.timeout)
            res.check(status is not None, f"run {run}: ends within {a.timeout} s after {sig.name}",
                      "still running (killed now)")
            if status is not None:
                finished_cleanly(f"ended by {sig.name}")
        else:
            finished_cleanly("ended by a key at the end")
        term.close()
        if "--workshop" not in args and os.path.exists(data):
            code, text = run_check(a.bin, data)
            res.check(code == 0, f"run {run}: iq-tui check passes on the data file afterwards", text)
    res.note(f"{a.runs} runs, {sessions} program starts, {keys_sent} keys")
    res.finish()


# ---------------------------------------------------------------------------------------------
# SIGKILL during saves

def partner_names(path):
    with open(path, "rb") as f:
        root = plistlib.load(f)
    return {p.get("name") for p in root.get("partners", [])}


def kill_part(a):
    res = Results("kill")
    rnd = random.Random(a.seed)
    folder = os.path.join(a.work, "kill")
    os.makedirs(folder, exist_ok=True)
    data = os.path.join(folder, "iq-tui.plist")
    env = child_env({"XDG_DATA_HOME": os.path.join(a.work, "kill-data"), "XDG_CONFIG_HOME": os.path.join(a.work, "config"), "HOME": a.work})

    def write_csv(path, names):
        with open(path, "w", encoding="utf-8") as f:
            f.write("Name;Kategorie;Orte;Rolle\n")
            for n in names:
                f.write(f"{n};Kammern;Köln, Münster;Eine Rolle mit Umlauten äöü und einem längeren Text\n")

    # A file large enough that a save takes a while: more moments to be killed in.
    bulk = os.path.join(folder, "bulk.csv")
    write_csv(bulk, [f"Grundbestand {i} Träger" for i in range(a.bulk)])
    p = subprocess.run([a.bin, "import", "partners", bulk, "--data", data], capture_output=True, env=env, stdin=subprocess.DEVNULL)
    if not res.check(p.returncode == 0, "the starting file is made by import partners", p.stderr.decode(errors="replace")):
        res.finish()
    # How long one import takes: kills are spread over that time.
    t0 = time.monotonic()
    probe_csv = os.path.join(folder, "probe.csv")
    write_csv(probe_csv, ["Zeitmessung Träger"])
    subprocess.run([a.bin, "import", "partners", probe_csv, "--data", data], capture_output=True, env=env, stdin=subprocess.DEVNULL)
    duration = time.monotonic() - t0
    res.note(f"one import takes {duration * 1000:.0f} ms with {len(partner_names(data))} partners")

    outcomes = {("import", "unchanged"): 0, ("import", "complete"): 0, ("program", "unchanged"): 0, ("program", "complete"): 0}
    for rnd_i in range(a.rounds + a.tui_rounds):
        tui = rnd_i >= a.rounds
        before_names = partner_names(data)
        before_hash = sha(data)
        if tui:
            name = f"Tastatur Runde {rnd_i} Träger"
            new = {name}
            term = Terminal([a.bin, "--data", data, "--autosave", "1"], env, 100, 30)
            if not term.wait_for("Budgets", 15):
                res.check(False, f"round {rnd_i}: the program shows its screen", term.raw[-300:].decode(errors="replace"))
                term.close()
                continue
            if b"Wiederherstellung" in term.raw:
                term.write(b"\x1bOC\r")  # → "Verwerfen", Enter
                term.pump(0.1)
            term.write(b"1n")
            term.pump(0.1)
            term.write(name.encode() + b"\t\t\x1bOC")  # Tab Tab →: the first category
            term.pump(0.1)
            term.write(b"\x13")  # Ctrl-S in the form: the partner goes into the document
            term.pump(0.05)
            term.write(b"\x13")  # Ctrl-S: save now
            # The save takes milliseconds: half the kills come right away, in or before it.
            term.pump(rnd.uniform(0, 0.02) if rnd.random() < 0.5 else rnd.uniform(0, 0.25))
            term.close()
        else:
            new = {f"Runde {rnd_i} Träger {j} Köln" for j in range(1 + rnd.randrange(20))}
            csv = os.path.join(folder, f"round-{rnd_i}.csv")
            write_csv(csv, sorted(new))
            proc = subprocess.Popen([a.bin, "import", "partners", csv, "--data", data], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env)
            # Half the kills anywhere, half late, where the import writes the file.
            time.sleep(rnd.uniform(0, duration * 1.3) if rnd.random() < 0.5 else rnd.uniform(duration * 0.6, duration * 1.05))
            proc.kill()
            proc.wait()
        code, text = run_check(a.bin, data)
        res.check(code == 0, f"round {rnd_i}: iq-tui check passes after the kill", text)
        try:
            after = partner_names(data)
        except Exception as e:  # noqa: BLE001 - any failure to read is the finding
            res.check(False, f"round {rnd_i}: Python's plistlib reads the file", repr(e))
            continue
        kind = "program" if tui else "import"
        if after == before_names:
            outcomes[(kind, "unchanged")] += 1
            res.check(sha(data) == before_hash, f"round {rnd_i}: a file without the new partners has its old bytes")
        elif after == before_names | new:
            outcomes[(kind, "complete")] += 1
        else:
            res.check(False, f"round {rnd_i}: the file is one of the saved versions",
                      f"{len(after - before_names)} partners added, {len(before_names - after)} lost, expected 0 or {len(new)} added")
        # Journals and drafts of a killed program would ask at the next start; this loop only
        # looks at the file.
        for entry in os.listdir(folder):
            if entry.endswith(".journal") or entry.endswith(".draft"):
                os.unlink(os.path.join(folder, entry))
        if rnd_i % 5 == 4 or rnd_i == a.rounds + a.tui_rounds - 1:
            for n in range(1, 11):
                backup = f"{data}.backup-{n}"
                if os.path.exists(backup):
                    code, text = run_check(a.bin, backup)
                    res.check(code == 0, f"round {rnd_i}: backup-{n} is a whole file", text)
    strays = [e for e in os.listdir(folder) if ".tmp-" in e]
    for kind, rounds in (("import", a.rounds), ("program", a.tui_rounds)):
        res.note(f"{rounds} kills of {kind}: the file as before {outcomes[(kind, 'unchanged')]} times, "
                 f"with the new partners {outcomes[(kind, 'complete')]} times")
    res.note(f"{len(strays)} temp files left by kills (harmless: never read, removed at the next start)")
    res.finish()


# ---------------------------------------------------------------------------------------------
# Two logins of one user

def sessions_part(a):
    """Two programs of the same user on one file: the second never offers or deletes the first
    one's live journal; after the first is killed, the next start offers its edit and restores
    it; a killed program's open form comes back as a draft. Repeated `--runs` times."""
    res = Results("sessions")
    folder = os.path.join(a.work, "sessions")
    os.makedirs(folder, exist_ok=True)
    env = child_env({"XDG_DATA_HOME": os.path.join(a.work, "sessions-data"), "XDG_CONFIG_HOME": os.path.join(a.work, "config"), "HOME": a.work})

    def start(data):
        term = Terminal([a.bin, "--data", data, "--autosave", "0"], env, 100, 30)
        if not term.wait_for("Budgets", 15):
            res.check(False, "the program shows its screen", term.raw[-300:].decode(errors="replace"))
        term.pump(0.3)
        return term

    def journals(data, suffix=".journal"):
        base = os.path.basename(data) + "."
        return {e: os.path.getsize(os.path.join(folder, e)) for e in os.listdir(folder) if e.startswith(base) and e.endswith(suffix)}

    def new_partner(term, name, submit=True):
        term.write(b"1n")
        term.pump(0.2)
        term.write(name.encode() + b"\t\t\x1bOC")  # Tab Tab →: the first category
        term.pump(0.2)
        if submit:
            term.write(b"\x13")  # Ctrl-S in the form: into the document and saved
            term.pump(0.5)

    def delete_selected(term):
        """An edit outside a form: journaled at once, saved only by Ctrl-S (autosave is off)."""
        term.write(b"1d")  # the selected partner: delete, asked first
        term.pump(0.2)
        term.write(b"\x1bOC\r")  # → to "Löschen", Enter (keeping it is preselected)
        term.pump(0.3)

    for run in range(a.runs):
        data = os.path.join(folder, f"run-{run}.plist")
        p = subprocess.run([a.bin, "import", "partners", "/dev/null", "--data", data], capture_output=True, env=env, stdin=subprocess.DEVNULL)
        csv = os.path.join(folder, "one.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("Name;Kategorie\nGrundbestand Träger;Kammern\n")
        p = subprocess.run([a.bin, "import", "partners", csv, "--data", data], capture_output=True, env=env, stdin=subprocess.DEVNULL)
        if not res.check(p.returncode == 0, f"run {run}: the file is made by import partners", p.stderr.decode(errors="replace")):
            continue
        second_name = f"Zweite Sitzung {run} Träger"
        before = partner_names(data)

        first = start(data)
        delete_selected(first)
        live = {e for e, size in journals(data).items() if size > 0}
        res.check(len(live) == 1, f"run {run}: the first program journals its edit in a journal of its own", str(journals(data)))

        second = start(data)
        res.check(b"Wiederherstellung" not in second.raw, f"run {run}: the second login offers nothing of the first's live journal")
        new_partner(second, second_name)
        second.write(b"\x13")  # Ctrl-S: save
        second.pump(0.5)
        second.write(b"q")
        second.wait(10)
        res.check(second.status is not None and os.WIFEXITED(second.status) and os.WEXITSTATUS(second.status) == 0,
                  f"run {run}: the second program saves and quits", describe_status(second.status) if second.status is not None else "still running")
        second.close()
        after = journals(data)
        res.check(all(after.get(e, 0) > 0 for e in live), f"run {run}: the first program's journal survives the second's save and quit", str(after))
        names = partner_names(data)
        res.check(names == before | {second_name}, f"run {run}: the file holds the second's partner, and not the first's unsaved deletion")

        first.kill()
        first.close()
        third = start(data)
        offered = third.wait_for("Wiederherstellung", 5)
        res.check(offered, f"run {run}: after the first was killed the next start offers its journal")
        if offered:
            third.write(b"\r")  # Enter: restoring is the preselected (safe) button
            third.pump(0.3)
            third.write(b"\x13")
            third.pump(0.5)
        # An open form, typed and left for over a second, then the connection is gone.
        new_partner(third, f"Entwurf {run} Träger", submit=False)
        third.pump(1.6)
        res.check(len(journals(data, ".draft")) == 1, f"run {run}: the open form's draft is written a second after the last key",
                  str(journals(data, ".draft")))
        third.kill()
        third.close()
        names = partner_names(data)
        res.check(second_name in names and len((before | {second_name}) - names) == 1,
                  f"run {run}: the restored deletion (one partner) is saved beside the second's partner")
        res.check(not any(e in journals(data) for e in live), f"run {run}: the restored journal is gone")

        fourth = start(data)
        res.check(fourth.wait_for("Neuer Partner", 5) and b"wiederherstellen?" in fourth.raw, f"run {run}: the draft is offered",
                  fourth.raw[-400:].decode(errors="replace"))
        fourth.write(b"\x1bOC\r")  # → to "Verwerfen", Enter: declining is never preselected
        fourth.pump(0.4)
        res.check(journals(data, ".draft") == {}, f"run {run}: a declined draft is deleted", str(journals(data, ".draft")))
        fourth.write(b"q")
        fourth.wait(10)
        fourth.close()
        code, text = run_check(a.bin, data)
        res.check(code == 0, f"run {run}: iq-tui check passes", text)
        res.check(all(os.stat(os.path.join(folder, e)).st_mode & 0o777 == 0o600 for e in journals(data)),
                  f"run {run}: journals are 0600")
    res.finish()


# ---------------------------------------------------------------------------------------------
# Corrupt files

def binary_self_reference():
    """A binary property list whose top array contains itself: endless if followed blindly."""
    objects = [b"\xa1\x00"]  # array of one, object ref 0 → itself
    offsets, body = [], b"bplist00"
    for o in objects:
        offsets.append(len(body))
        body += o
    table_at = len(body)
    body += bytes(offsets)
    return body + struct.pack(">6xBBQQQ", 1, 1, len(objects), 0, table_at)


def binary_deep(depth):
    """Arrays nested `depth` deep (each holding the next): deep recursion in a reader."""
    objs = [bytes([0xA1]) + struct.pack(">I", i + 1) for i in range(depth)] + [b"\x08"]
    offsets, body = [], b"bplist00"
    for o in objs:
        offsets.append(len(body))
        body += o
    table_at = len(body)
    for off in offsets:
        body += struct.pack(">Q", off)
    return body + struct.pack(">6xBBQQQ", 8, 4, len(objs), 0, table_at)


def binary_huge_count():
    """An array that claims 2^62 elements."""
    body = b"bplist00" + b"\xaf\x13" + struct.pack(">Q", 1 << 62)
    table_at = len(body)
    return body + bytes([8]) + struct.pack(">6xBBQQQ", 1, 1, 1, 0, table_at)


def xml_variants(xml):
    """name -> (bytes, must be rejected). Where a reader may fairly accept the file (an unknown
    key with an odd value, a declaration it ignores), only a crash or a hang is a failure."""
    text = xml.decode("utf-8")
    version = "<key>formatVersion</key>\n\t<integer>2</integer>"

    def swap(old, new):
        return text.replace(old, new, 1) if old in text else None

    out = {
        "formatVersion 99": (swap(version, version.replace(">2<", ">99<")), True),
        "formatVersion -1": (swap(version, version.replace(">2<", ">-1<")), True),
        "formatVersion huge": (swap(version, version.replace(">2<", ">999999999999999999999999<")), True),
        "formatVersion as a string": (swap(version, version.replace("<integer>2</integer>", "<string>2</string>")), True),
        "no closing plist": (swap("</plist>", ""), True),
        "a closing tag missing": (swap("</dict>", ""), True),
        "partners not an array": (swap("<key>partners</key>\n\t<array>", "<key>partners</key>\n\t<dict>"), True),
        "root an array": ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><array><string>x</string></array></plist>\n', True),
        "root a string": ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><string>x</string></plist>\n', True),
        "empty plist": ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"></plist>\n', True),
        "an unknown element": (swap("<string>", "<strang>"), True),
        "a bad date": (swap("<date>", "<date>nonsense"), True),
        "bad base64": (swap("<dict>", "<dict><key>blob</key><data>!!!***</data>"), False),
        "a bad real": (swap("<dict>", "<dict><key>r</key><real>1.2.3</real>"), False),
        "a NaN real": (swap("<dict>", "<dict><key>r</key><real>nan</real>"), False),
        "an entity bomb": ('<?xml version="1.0"?>\n<!DOCTYPE plist [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                           '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
                           '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>\n'
                           '<plist version="1.0"><dict><key>formatVersion</key><integer>2</integer><key>x</key><string>&f;&f;&f;&f;</string></dict></plist>\n', True),
        "an external entity": ('<?xml version="1.0"?>\n<!DOCTYPE plist [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                               '<plist version="1.0"><dict><key>formatVersion</key><integer>2</integer><key>x</key><string>&x;</string></dict></plist>\n', True),
        "deep nesting": ('<?xml version="1.0"?>\n<plist version="1.0">' + "<array>" * 200000 + "</array>" * 200000 + "</plist>\n", True),
        "an unclosed comment": (swap("<dict>", "<dict><!-- never closed"), True),
        "an unclosed CDATA section": (swap("<string>", "<string><![CDATA["), True),
        "duplicate keys": (swap("<key>formatVersion</key>", "<key>partners</key><string>x</string><key>formatVersion</key>"), False),
        "an undefined entity": (swap("<string>", "<string>&nosuch;"), True),
        "a numeric entity out of range": (swap("<string>", "<string>&#x110000;"), False),
        "a NUL character": (swap("<string>", "<string>\x00"), False),
        "UTF-16 declared": (swap('encoding="UTF-8"', 'encoding="UTF-16"'), False),
    }
    variants = {k: (v.encode("utf-8"), strict) for k, (v, strict) in out.items() if v is not None}
    variants["invalid UTF-8 in a string"] = (xml.replace(b"<string>", b"<string>\xc3\x28\xff", 1), False)
    variants["a byte order mark and garbage"] = (b"\xef\xbb\xbf\x00\x00" + xml, True)
    return variants


def corpus_part(a):
    res = Results("corpus")
    rnd = random.Random(a.seed)
    folder = os.path.join(a.work, "corpus")
    os.makedirs(folder, exist_ok=True)
    env = child_env({"XDG_DATA_HOME": os.path.join(a.work, "corpus-data"), "XDG_CONFIG_HOME": os.path.join(a.work, "config"), "HOME": a.work})
    # A valid file with partners and cases, in binary; its XML twin through Python's plistlib.
    valid = os.path.join(folder, "valid.plist")
    partners_csv, cases_csv = os.path.join(folder, "p.csv"), os.path.join(folder, "c.csv")
    with open(partners_csv, "w", encoding="utf-8") as f:
        f.write("Name;Kategorie;Orte\nKorpus Träger Köln;Kammern;Köln\n")
    with open(cases_csv, "w", encoding="utf-8") as f:
        f.write("Fallnummer;Status;Referenzberuf;Wohnort;Vorname;Nachname\n")
        for i in range(12):
            f.write(f"NRW-2026-{i + 1:06d};Erstberatung;Krankenschwester;Köln;Maria{i};Kowalska\n")
    for cmd in (["import", "partners", partners_csv], ["import", "cases", cases_csv]):
        p = subprocess.run([a.bin] + cmd + ["--data", valid], capture_output=True, env=env, stdin=subprocess.DEVNULL)
        if not res.check(p.returncode == 0, " ".join(cmd[:2]) + " makes the valid file", p.stderr.decode(errors="replace")):
            res.finish()
    binary = open(valid, "rb").read()
    xml = plistlib.dumps(plistlib.loads(binary), fmt=plistlib.FMT_XML)
    valid_xml = os.path.join(folder, "valid-xml.plist")
    open(valid_xml, "wb").write(xml)
    for path in (valid, valid_xml):
        code, text = run_check(a.bin, path)
        if not res.check(code == 0, f"the valid file {os.path.basename(path)} passes the check", text):
            res.finish()

    # name -> (bytes or a builder, must be rejected?)
    cases = []
    for source, label in ((binary, "binary"), (xml, "xml")):
        size = len(source)
        # A cut after the XML's closing tag leaves a whole file (only the newline goes).
        whole_from = size if label == "binary" else xml.rindex(b"</plist>") + len(b"</plist>")
        offsets = sorted(set([0, 1, 7, 8, 9, 16, size // 2, size - 33, size - 32, size - 1] +
                             [rnd.randrange(1, size) for _ in range(max(4, a.count // 6))]))
        for off in offsets:
            if 0 <= off < size:
                cases.append((f"{label} truncated at {off}", source[:off], off < whole_from))
        for _ in range(max(4, a.count // 6)):
            b = bytearray(source)
            for _ in range(rnd.randint(1, 8)):
                i = rnd.randrange(len(b))
                b[i] ^= 1 << rnd.randrange(8)
            cases.append((f"{label} with bit flips", bytes(b), False))
        for _ in range(max(2, a.count // 12)):
            b = bytearray(source)
            i = rnd.randrange(len(b))
            n = rnd.randint(1, 64)
            b[i:i + n] = bytes(rnd.randrange(256) for _ in range(n))
            cases.append((f"{label} with random bytes at {i}", bytes(b), False))
    for _ in range(max(3, a.count // 15)):
        n = rnd.choice([1, 7, 8, 40, 1000, 100000])
        cases.append((f"{n} random bytes", bytes(rnd.randrange(256) for _ in range(n)), True))
        cases.append((f"bplist00 and {n} random bytes", b"bplist00" + bytes(rnd.randrange(256) for _ in range(n)), True))
        cases.append((f"<?xml and {n} random bytes", b"<?xml version=\"1.0\"?>" + bytes(rnd.randrange(256) for _ in range(n)), True))
    cases.append(("an empty file", b"", True))
    cases.append(("a self-referencing binary array", binary_self_reference(), True))
    cases.append(("binary arrays nested 100000 deep", binary_deep(100000), True))
    cases.append(("a binary array of 2^62 elements", binary_huge_count(), True))
    cases.append(("a binary trailer only", b"bplist00" + struct.pack(">6xBBQQQ", 8, 8, 1 << 40, 1 << 40, 1 << 50), True))
    cases.append(("JSON", b'{"formatVersion": 2, "partners": []}', True))
    for name, (content, strict) in xml_variants(xml).items():
        cases.append((f"xml: {name}", content, strict))

    rejected = []
    for i, (name, content, must_reject) in enumerate(cases):
        path = os.path.join(folder, f"case-{i}.plist")
        with open(path, "wb") as f:
            f.write(content)
        before = sha(path)
        code, text = run_check(a.bin, path)
        crashed = code is None or code >= 128 or code < 0
        res.check(not crashed, f"check survives {name}", "no answer in time" if code is None else f"status {code}: {text[-200:]}")
        if crashed:
            continue
        if must_reject:
            res.check(code == 1 and text != "", f"check rejects {name} with a message", f"status {code}: {text[-200:]}")
        else:
            res.check(code in (0, 1) and (code == 0 or text != ""), f"check answers {name} with 0 or 1 and a message", f"status {code}: {text[-200:]}")
        res.check(sha(path) == before, f"check leaves {name} unchanged")
        res.check("root:" not in text, f"check on {name} shows no other file's content", text[-200:])
        if code == 1:
            rejected.append((name, path))

    # Not a regular file: a directory, symlinks, a FIFO.
    specials = []
    d = os.path.join(folder, "a-directory.plist")
    os.makedirs(d, exist_ok=True)
    specials.append(("a directory", d))
    dangling = os.path.join(folder, "dangling.plist")
    if not os.path.lexists(dangling):
        os.symlink(os.path.join(folder, "nowhere"), dangling)
    specials.append(("a dangling symlink", dangling))
    loop = os.path.join(folder, "loop.plist")
    if not os.path.lexists(loop):
        os.symlink(loop, loop)
    specials.append(("a symlink to itself", loop))
    to_corrupt = os.path.join(folder, "to-corrupt.plist")
    if not os.path.lexists(to_corrupt) and rejected:
        os.symlink(rejected[0][1], to_corrupt)
    if rejected:
        specials.append(("a symlink to a corrupt file", to_corrupt))
    to_dir = os.path.join(folder, "to-dir.plist")
    if not os.path.lexists(to_dir):
        os.symlink(d, to_dir)
    specials.append(("a symlink to a directory", to_dir))
    fifo = os.path.join(folder, "fifo.plist")
    if not os.path.exists(fifo):
        os.mkfifo(fifo)
    specials.append(("a FIFO", fifo))
    for name, path in specials:
        code, text = run_check(a.bin, path, timeout=10)
        res.check(code == 1 and text != "", f"check rejects {name} with a message",
                  "no answer in time" if code is None else f"status {code}: {text[-200:]}")

    # The program opened on a few: the damaged-file screen, q quits cleanly, nothing changed.
    shown = rnd.sample(rejected, min(a.open, len(rejected))) + [(n, p) for n, p in specials if n in ("a directory", "a symlink to a corrupt file")][:a.open]
    for name, path in shown:
        folder_before = sorted(os.listdir(os.path.dirname(path)))
        before = sha(path)
        term = Terminal([a.bin, "--data", path], env, 100, 30)
        seen = term.wait_for("nicht lesbar", 10)
        res.check(seen, f"the program on {name} shows the damaged-file screen", term.raw[-400:].decode(errors="replace"))
        term.write(b"q")
        status = term.wait(10)
        res.check(status is not None and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0,
                  f"the program on {name} quits with exit 0", describe_status(status) if status is not None else "still running")
        left = term.modes_left_on()
        res.check(not left, f"the program on {name} restores the terminal", ", ".join(left))
        term.close()
        res.check(sha(path) == before, f"the program leaves {name} unchanged")
        added = [e for e in sorted(os.listdir(os.path.dirname(path))) if e not in folder_before and not e.endswith(".lock")]
        res.check(not added, f"the program on {name} writes nothing beside it", ", ".join(added))
    res.note(f"{len(cases)} corrupt files, {len(specials)} special paths, the program opened on {len(shown)}")
    res.finish()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("part", choices=["pty", "kill", "corpus", "sessions"])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keys", type=int, default=1000)
    ap.add_argument("--paste", type=int, default=200, help="longest pasted text, in characters")
    ap.add_argument("--long-field", type=int, default=5000, help="the length of the long role in the data file")
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--tui-rounds", type=int, default=5)
    ap.add_argument("--bulk", type=int, default=2000)
    ap.add_argument("--count", type=int, default=120)
    ap.add_argument("--open", type=int, default=3)
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    {"pty": pty_part, "kill": kill_part, "corpus": corpus_part, "sessions": sessions_part}[a.part](a)


if __name__ == "__main__":
    main()
