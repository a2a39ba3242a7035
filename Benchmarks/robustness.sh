#!/usr/bin/env bash
# The robustness harness (issue 9), beside iq-bench:
#   (a) seeded random actions into the reducer with the state's invariants checked (iq-harness),
#       with hostile text in records, typed text and pastes (long fields, controls, escape
#       sequences, bidi overrides, grapheme clusters);
#   (b) random keys, pastes, resizes and signals into the real program in a pseudo-terminal,
#       on a data file with hostile fields: no crash, the terminal restored, no control or
#       sequence from data in its output, the data file still valid;
#   (c) SIGKILL at random moments while the program saves: the file is always a saved version;
#   (d) a corpus of corrupt files: `iq-tui check` exits 1 with a message and never crashes, the
#       program shows the damaged-file screen and quits without changing the file;
#   (e) hostile data (robustness_controls.py): names full of terminal sequences reach no terminal
#       raw through any command or the program, and imports store none;
#   (f) two logins of one user (robustness.py sessions): a live session's journal is never
#       offered or deleted, a killed one's journal and draft are offered after.
#
#   bash Benchmarks/robustness.sh [--short | --long] [--release] [--bin PATH-TO-iq-tui]
#                                 [--harness PATH-TO-iq-harness] [--scratch-path DIR] [--seed N]
#
# --short is what CI runs (a few minutes at most); the default is the full run; --long runs a
# million reducer actions and more of everything. Without --bin / --harness the binaries are
# built (`swift build --product …`, debug, or release with --release; quick when up to date)
# in the scratch path (default .build) and taken from there. Everything
# runs with HOME, XDG_DATA_HOME and XDG_CONFIG_HOME in a temporary directory: never your data.
# Prints a summary with counts; exits 1 when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

mode=full
bin=""
harness=""
scratch=.build
seed=1
config=debug
while [ $# -gt 0 ]; do
    case $1 in
        --short) mode=short ;;
        --long) mode=long ;;
        --full) mode=full ;;
        --release) config=release ;;
        --bin) bin=${2:?--bin needs a path}; shift ;;
        --harness) harness=${2:?--harness needs a path}; shift ;;
        --scratch-path) scratch=${2:?--scratch-path needs a directory}; shift ;;
        --seed) seed=${2:?--seed needs a number}; shift ;;
        -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "robustness.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

# long_text: the longest generated field in the reducer run; paste: the longest text pasted
# into the program; long_field: the long role in its data file. --short keeps them modest: with
# debug binaries every action of the reducer run redraws and checks whole frames.
case $mode in
    short) reducer_runs=("--actions 20000"); pty_runs=3; pty_keys=1000; kill_rounds=30; kill_tui=5; kill_bulk=1000; corpus=60; corpus_open=3; session_runs=1; control_rounds=2
           long_text=5000; paste=200; long_field=5000 ;;
    full)  reducer_runs=("--actions 100000" "--actions 100000"); pty_runs=10; pty_keys=2000; kill_rounds=150; kill_tui=20; kill_bulk=3000; corpus=400; corpus_open=8; session_runs=3; control_rounds=5
           long_text=100000; paste=2000; long_field=100000 ;;
    long)  reducer_runs=("--long" "--actions 100000" "--actions 100000"); pty_runs=30; pty_keys=5000; kill_rounds=500; kill_tui=50; kill_bulk=5000; corpus=1500; corpus_open=15; session_runs=10; control_rounds=15
           long_text=300000; paste=10000; long_field=300000 ;;
esac

# A product's binary, built if it is missing or older than the sources.
find_product() { # name
    local name=$1
    echo "== swift build --product $name ($config)" >&2
    swift build --scratch-path "$scratch" -c "$config" --product "$name" 2>&1 | tail -1 >&2
    [ "${PIPESTATUS[0]}" -eq 0 ] && [ -x "$scratch/$config/$name" ] || return 1
    echo "$scratch/$config/$name"
}
[ -n "$bin" ] || bin=$(find_product iq-tui) || { echo "robustness.sh: no iq-tui" >&2; exit 1; }
[ -n "$harness" ] || harness=$(find_product iq-harness) || { echo "robustness.sh: no iq-harness" >&2; exit 1; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
harness=$(cd "$(dirname "$harness")" && pwd)/$(basename "$harness")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/iq-robustness.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/home/.local/share XDG_CONFIG_HOME=$tmp/home/.config
mkdir -p "$HOME"
unset IQ_LANG NO_COLOR
export LANG=C.UTF-8
unset LC_ALL

echo "== robustness ($mode): $bin"
summary=()
failed=0
started=$SECONDS

part() { # title, command...
    local title=$1 t0=$SECONDS log=$tmp/part.log rc
    shift
    echo "== $title"
    "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    local counts
    counts=$(grep -E '^summary |every invariant held|INVARIANT VIOLATED|CRASHED' "$log" | tail -1)
    if [ "$rc" -eq 0 ]; then
        summary+=("ok    $title ($((SECONDS - t0)) s): $counts")
    else
        summary+=("FAIL  $title ($((SECONDS - t0)) s, status $rc): $counts")
        failed=$((failed + 1))
    fi
}

n=0
for run in "${reducer_runs[@]}"; do
    # shellcheck disable=SC2086 # the run's options are words
    part "reducer, seed $((seed + n)) $run" "$harness" reducer --seed $((seed + n)) $run --long-text "$long_text" --quiet
    n=$((n + 1))
done
part "random keys, pastes, resizes and signals in a pseudo-terminal ($pty_runs × $pty_keys keys)" \
    python3 Benchmarks/robustness.py pty --bin "$bin" --work "$tmp/pty" --seed "$seed" --runs "$pty_runs" --keys "$pty_keys" \
    --paste "$paste" --long-field "$long_field"
part "SIGKILL during saves ($kill_rounds imports, $kill_tui program saves)" \
    python3 Benchmarks/robustness.py kill --bin "$bin" --work "$tmp/kill" --seed "$seed" --rounds "$kill_rounds" \
    --tui-rounds "$kill_tui" --bulk "$kill_bulk"
part "two logins of one user, kill -9, journal and draft offered after ($session_runs runs)" \
    python3 Benchmarks/robustness.py sessions --bin "$bin" --work "$tmp/sessions" --runs "$session_runs"
part "corrupt files (about $corpus, the program opened on $corpus_open)" \
    python3 Benchmarks/robustness.py corpus --bin "$bin" --work "$tmp/corpus" --seed "$seed" --count "$corpus" --open "$corpus_open"
part "hostile data: terminal sequences in names, notes and saved-by names ($control_rounds rounds)" \
    python3 Benchmarks/robustness_controls.py --bin "$bin" --work "$tmp/controls" --seed "$seed" --rounds "$control_rounds"

echo
echo "== robustness summary ($mode, $((SECONDS - started)) s)"
printf '%s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then
    echo "$failed part(s) failed"
    exit 1
fi
echo "all parts passed"
