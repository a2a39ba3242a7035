#!/usr/bin/env bash
# Checks completions/iq-tui.bash in a plain bash: sets COMP_WORDS/COMP_CWORD as bash would for a
# command line, calls the completion function and compares COMPREPLY. Run by the Swift test
# DocumentationTests and by .ci/smoke-test; exit 0 when every case holds.
set -uo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../../completions/iq-tui.bash
source "$here/completions/iq-tui.bash"
[[ $(complete -p iq-tui 2>/dev/null) == *"-F _iq_tui"* ]] || { echo "FAIL: iq-tui has no completion after sourcing"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/sub dir" && touch "$work/partner.csv" "$work/notes.txt" "$work/mine.theme" "$work/data.plist"
cd "$work" || exit 1

pass=0 fail=0
complete_line() { # the words of a command line; the last one is being completed ("" = after a space)
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _iq_tui iq-tui "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//'
}
expect() { # expected (space-separated, sorted), words...
    local want=$1; shift
    local got
    got=$(complete_line "$@")
    if [[ $got == "$want" ]]; then
        pass=$((pass + 1))
    else
        echo "FAIL: '$*' completes to '$got', expected '$want'"
        fail=$((fail + 1))
    fi
}
contains() { # word, words...
    local want=$1; shift
    local got
    got=" $(complete_line "$@") "
    if [[ $got == *" $want "* ]]; then
        pass=$((pass + 1))
    else
        echo "FAIL: '$*' completes to '$got', which lacks '$want'"
        fail=$((fail + 1))
    fi
}
lacks() { # word, words...
    local unwanted=$1; shift
    local got
    got=" $(complete_line "$@") "
    if [[ $got != *" $unwanted "* ]]; then
        pass=$((pass + 1))
    else
        echo "FAIL: '$*' completes to '$got', which should not hold '$unwanted'"
        fail=$((fail + 1))
    fi
}

# Commands and their objects.
expect "authority check db export import nearest stats" iq-tui ""
expect "export" iq-tui ex
expect "case cases locations partners" iq-tui export ""
expect "case cases" iq-tui export ca
expect "cases partners" iq-tui import ""
expect "authority check db export import nearest stats" iq-tui --lang en ""
expect "case cases locations partners" iq-tui --data data.plist export ""
expect "case cases locations partners" iq-tui --data = data.plist export ""

# Options: all of them without a command, each command its own.
for flag in --data --lang --read-only --format --autosave --workshop --no-mouse --ascii --unicode --theme \
    --config --no-config --help --version; do
    contains "$flag" iq-tui -
done
expect "--no-config --no-mouse" iq-tui --no
contains --include-personal iq-tui export cases -
lacks --include-personal iq-tui export partners -
contains --skip-invalid iq-tui import partners partner.csv -
contains --service iq-tui nearest Köln -
contains --country iq-tui authority Krankenschwester -
contains --place iq-tui authority Krankenschwester -
contains --year iq-tui stats -
lacks --workshop iq-tui stats -

# Values.
expect "de en" iq-tui --lang ""
expect "en" iq-tui --lang e
expect "de en" iq-tui --lang = ""
expect "de" iq-tui --lang = d
expect "default high-contrast light mine.theme monochrome sub dir" iq-tui --theme ""
expect "high-contrast" iq-tui --theme h
expect "binary xml" iq-tui --format ""
expect "csv json vcard" iq-tui export partners --format ""
expect "csv geojson" iq-tui export locations --format ""
expect "json text" iq-tui export case NRW-2026-000001 --format ""
expect "csv json" iq-tui export cases --format ""
expect "csv json text" iq-tui stats --format ""
expect "csv json text" iq-tui --lang en stats --year 2021 --format ""
expect "csv json vcard" iq-tui export partners --format = ""
expect "fairIntegration" iq-tui nearest Köln --service fair

# Files.
expect "data.plist mine.theme notes.txt partner.csv sub dir" iq-tui --data ""
expect "data.plist" iq-tui --data da
expect "data.plist" iq-tui --config = da
expect "partner.csv sub dir" iq-tui import partners ""
expect "partner.csv sub dir" iq-tui import cases ""
expect "data.plist mine.theme notes.txt partner.csv sub dir" iq-tui check ""
expect "" iq-tui import partners partner.csv ""
expect "export import init migrate" iq-tui db ""
expect "data.plist sub dir" iq-tui db import ""
expect "data.plist sub dir" iq-tui --store service=iq db export ""
expect "binary xml" iq-tui db export out.plist --format ""
contains --store iq-tui db migrate -
contains --store iq-tui -
lacks --format iq-tui db init -

echo "completion: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
