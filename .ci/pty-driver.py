#!/usr/bin/env python3
"""pty-driver: the project's end-to-end driver. Runs a program on a pseudo-terminal, types keys
the way a real xterm does, and reads the screen back through the pyte VT emulator.

  pty-driver.py [--size 100x30] [--term xterm-256color] [--env K=V ...] [--timeout S]
                [--step STEP ...] -- COMMAND [ARG ...]

Steps, run in order:
  wait TEXT | gone TEXT      until TEXT is (is no longer) on the screen, at most --timeout
  expect TEXT | absent TEXT  TEXT is (is not) on the screen now
  match RE | nomatch RE      the screen matches (does not match) RE now, ignoring case
  selected TEXT              TEXT is on the screen drawn highlighted (reverse video or a
                             background colour), as a list's selected row is
  cursor TEXT | parked TEXT  the terminal cursor is on the line with TEXT, shown (hidden):
                             where a screen reader reads (--screen-reader shows it)
  keypad                     the program has switched the terminal to keypad (application
                             cursor) mode, so cursor keys are now sent as SS3 (ESC O A)
  keys SPEC                  type SPEC: text and <Tab> <S-Tab> <Enter> <Esc> <BS> <Del> <Ins>
                             <Up> <Down> <Left> <Right> <Home> <End> <PgUp> <PgDn> <F1>..<F12>
                             <C-a>..<C-z> <Space> <lt> (a literal '<')
  settle [MS]                until the program is quiet for MS ms (150)
  sleep S | resize WxH | signal NAME
  exit [CODE]                the program ends (with CODE)
  restored                   every mode it switched on (alternate screen, mouse reporting,
                             hidden cursor, keypad mode) is switched off again
  save-raw FILE              every byte the program wrote so far, into FILE
  screen                     print the screen

Cursor keys follow the terminal's mode as xterm does: CSI (ESC [ A) normally, SS3 (ESC O A)
after the program sent DECCKM on (ESC [ ? 1 h, part of ncurses' keypad mode) and until it sends
it off. --term none starts the program without TERM. Exit status 0 when every step held, 1 when
one failed (the screen is printed), 2 for a usage error.
"""
import argparse
import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

try:
    import pyte
except ImportError:
    sys.exit("pty-driver needs the Python package pyte (python3 -m pip install pyte)")

ESC = "\x1b"
# Keys whose bytes never depend on the terminal's mode.
FIXED = {
    "Tab": "\t", "S-Tab": ESC + "[Z", "Enter": "\r", "Esc": ESC, "BS": "\x7f", "Space": " ", "lt": "<",
    "Ins": ESC + "[2~", "Del": ESC + "[3~", "PgUp": ESC + "[5~", "PgDn": ESC + "[6~",
    "F1": ESC + "OP", "F2": ESC + "OQ", "F3": ESC + "OR", "F4": ESC + "OS", "F5": ESC + "[15~",
    "F6": ESC + "[17~", "F7": ESC + "[18~", "F8": ESC + "[19~", "F9": ESC + "[20~",
    "F10": ESC + "[21~", "F11": ESC + "[23~", "F12": ESC + "[24~",
}
# Cursor keys: the final byte; the introducer is CSI or SS3 by the DECCKM mode.
CURSOR = {"Up": "A", "Down": "B", "Right": "C", "Left": "D", "Home": "H", "End": "F"}
DECCKM_ON, DECCKM_OFF = b"\x1b[?1h", b"\x1b[?1l"
# The modes a full-screen program switches on and must switch off again: one list for the
# project, beside the robustness harness that checks the same.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Benchmarks"))
from robustness import MODES  # noqa: E402


class StepFailed(Exception):
    pass


def last_switch_is_on(raw, on, off):
    return raw.rfind(on) > raw.rfind(off)


def encode_keys(spec, keypad):
    """The bytes a terminal sends for SPEC; `keypad`: cursor keys as SS3 instead of CSI."""
    out, i = [], 0
    while i < len(spec):
        end = spec.find(">", i) if spec[i] == "<" else -1
        name = spec[i + 1:end] if end > i else None
        if name in FIXED:
            out.append(FIXED[name])
        elif name in CURSOR:
            out.append((ESC + "O" if keypad else ESC + "[") + CURSOR[name])
        elif name and re.fullmatch(r"C-[a-zA-Z]", name):
            out.append(chr(ord(name[2].lower()) & 0x1F))
        else:
            out.append(spec[i])
            i += 1
            continue
        i = end + 1
    return "".join(out).encode("utf-8")


class Screen(pyte.Screen):
    # ncurses may send private SGR (CSI > … m), which pyte would take for colours.
    def select_graphic_rendition(self, *attrs, private=False, **kwargs):
        if not private:
            super().select_graphic_rendition(*attrs)


class Session:
    """One program on one pseudo-terminal, with everything it has written so far."""

    def __init__(self, argv, cols, rows, term, env, timeout):
        self.timeout = timeout
        self.raw = bytearray()
        self.code = None
        self.screen = Screen(cols, rows)
        self.feed = pyte.ByteStream(self.screen)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            child = dict(os.environ, **env)
            child.pop("TERM", None)
            if term != "none":
                child["TERM"] = term
            try:
                os.execvpe(argv[0], argv, child)
            except OSError as err:
                os.write(1, f"pty-driver: cannot run {argv[0]}: {err}\n".encode())
            os._exit(127)
        self.resize(cols, rows)

    def resize(self, cols, rows):
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.screen.resize(rows, cols)
        self.kill(signal.SIGWINCH)

    def kill(self, sig):
        if self.code is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def read(self, seconds):
        """Takes in output for up to `seconds`; returns whether any came."""
        deadline, got = time.monotonic() + seconds, False
        while True:
            ready, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                return got
            try:
                data = os.read(self.fd, 65536)
            except OSError:  # EIO: the program has closed the terminal
                data = b""
            if not data:
                self.reap(wait=True)
                return got
            got = True
            self.raw += data
            self.feed.feed(data)

    def reap(self, wait=False):
        if self.code is None:
            try:
                pid, status = os.waitpid(self.pid, 0 if wait else os.WNOHANG)
            except ChildProcessError:
                return True
            if pid:
                self.code = os.waitstatus_to_exitcode(status)
        return self.code is not None

    def text(self):
        return "\n".join(self.screen.display)

    def poll(self, condition):
        """Reads until `condition()` holds or the timeout passes; returns the last verdict."""
        deadline = time.monotonic() + self.timeout
        while not condition():
            if time.monotonic() >= deadline or (self.code is not None and not self.read(0.05)):
                return condition()
            self.read(0.05)
        return True

    def highlighted(self, text):
        """Whether `text` stands somewhere on the screen with every cell highlighted."""
        for y, line in enumerate(self.screen.display):
            for x in (m.start() for m in re.finditer(re.escape(text), line)):
                cells = [self.screen.buffer[y][x + k] for k in range(len(text))]
                if all(c.reverse or c.bg != "default" for c in cells):
                    return True
        return False

    def keypad(self):
        return last_switch_is_on(self.raw, DECCKM_ON, DECCKM_OFF)

    def type(self, spec):
        os.write(self.fd, encode_keys(spec, self.keypad()))
        self.read(0.01)


def settle(s, arg):
    quiet, deadline = (float(arg) if arg else 150) / 1000, time.monotonic() + s.timeout
    while s.read(quiet) and time.monotonic() < deadline:
        pass


def run_step(s, verb, arg):
    def need(ok, why):
        if not ok:
            raise StepFailed(why)

    now = lambda: s.read(0.02)
    if verb == "wait":
        need(s.poll(lambda: arg in s.text()), f"'{arg}' did not appear within {s.timeout:g} s")
    elif verb == "gone":
        need(s.poll(lambda: arg not in s.text()), f"'{arg}' did not go away within {s.timeout:g} s")
    elif verb in ("expect", "absent"):
        now()
        need((arg in s.text()) == (verb == "expect"), f"'{arg}' is {'not ' if verb == 'expect' else ''}on the screen")
    elif verb in ("match", "nomatch"):
        now()
        found = re.search(arg, s.text(), re.IGNORECASE) is not None
        need(found == (verb == "match"), f"the screen {'does not match' if verb == 'match' else 'matches'} /{arg}/")
    elif verb == "selected":
        settle(s, "60")  # the frame after the last key, not the one before it
        need(s.poll(lambda: s.highlighted(arg)), f"'{arg}' is not shown selected")
    elif verb in ("cursor", "parked"):
        settle(s, "60")
        line = s.screen.display[s.screen.cursor.y]
        need(arg in line, f"the cursor is on line {s.screen.cursor.y + 1}, not on '{arg}': {line.rstrip()}")
        need(s.screen.cursor.hidden == (verb == "parked"), f"the cursor is {'hidden' if s.screen.cursor.hidden else 'shown'}")
    elif verb == "keypad":
        now()
        need(s.keypad(), "the program has not switched on keypad (application cursor) mode")
    elif verb == "keys":
        s.type(arg)
    elif verb == "settle":
        settle(s, arg)
    elif verb == "sleep":
        s.read(float(arg))
    elif verb == "resize":
        cols, rows = (int(n) for n in arg.lower().split("x"))
        s.resize(cols, rows)
        s.read(0.05)
    elif verb == "signal":
        s.kill(getattr(signal, "SIG" + arg.upper().removeprefix("SIG")))
        s.read(0.05)
    elif verb == "exit":
        need(s.poll(s.reap), f"the program did not end within {s.timeout:g} s")
        need(not arg or s.code == int(arg), f"the program ended with {s.code}, not {arg}")
    elif verb == "restored":
        now()
        left = [what for on, off, what in MODES if last_switch_is_on(s.raw, on, off)]
        need(not left, "still switched on at the end: " + ", ".join(left))
    elif verb == "save-raw":
        now()
        with open(arg, "wb") as out:
            out.write(s.raw)
    elif verb == "screen":
        now()
        print(s.text())
    else:
        raise ValueError(f"unknown step '{verb} {arg}'")


def main():
    ap = argparse.ArgumentParser(usage=__doc__)
    ap.add_argument("--size", default="100x30")
    ap.add_argument("--term", default="xterm-256color")
    ap.add_argument("--env", action="append", default=[])
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--step", action="append", default=[])
    ap.add_argument("argv", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    argv = a.argv[1:] if a.argv[:1] == ["--"] else a.argv
    if not argv:
        ap.error("no program given")
    try:
        cols, rows = (int(n) for n in a.size.lower().split("x"))
        env = dict(kv.split("=", 1) for kv in a.env)
    except ValueError:
        ap.error("--size WxH, --env KEY=VALUE")
    steps = [s.strip().partition(" ") for s in a.step if s.strip()]
    s = Session(argv, cols, rows, a.term, env, a.timeout)
    status = 0
    try:
        for verb, _, arg in steps:
            run_step(s, verb, arg)
    except StepFailed as failure:
        print(f"FAILED: {failure}\n--- screen ---\n{s.text()}\n--------------")
        status = 1
    except ValueError as err:
        print(f"pty-driver: {err}", file=sys.stderr)
        status = 2
    if not s.reap():
        s.kill(signal.SIGKILL)
        s.reap(wait=True)
    sys.exit(status)


if __name__ == "__main__":
    main()
