# bash completion for iq-tui                                   -*- shell-script -*-
#
# Use it now:        source completions/iq-tui.bash
# Install for you:   cp completions/iq-tui.bash ~/.local/share/bash-completion/completions/iq-tui
# For everyone:      cp completions/iq-tui.bash /usr/share/bash-completion/completions/iq-tui
#
# Completes the commands (check, export partners|locations|case|cases, import partners|cases,
# nearest, authority, stats, db init|migrate|import|export), the options each command takes, the values of --lang, --theme,
# --format (per command: the formats that command writes) and --service, and file names after
# --data, --config, --theme, check, import and db import|export. Needs nothing but bash (no bash-completion
# helpers), so it also works where the bash-completion package is not installed.

_iq_tui_files() { # PATTERN-or-empty: file names (and directories) matching the word being completed
    local IFS=$'\n'
    compopt -o filenames 2>/dev/null
    if [[ -n $1 ]]; then
        COMPREPLY+=($(compgen -d -- "$cur") $(compgen -f -X "!$1" -- "$cur"))
    else
        COMPREPLY+=($(compgen -f -- "$cur"))
    fi
}

_iq_tui() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=""
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    local value_options="--data --lang --format --autosave --service --country --place --year --theme --config --store"

    # --opt=value: bash splits it at "=" (COMP_WORDBREAKS) into "--opt" "=" "value"; a word
    # that still holds the "=" (COMP_WORDBREAKS without it) is split here.
    if [[ $cur == "=" && $prev == --* ]]; then
        cur=""
    elif [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    elif [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        cur=${cur#*=}
    fi

    # The command so far: the words before the cursor that are neither options nor their values.
    local -a positionals=()
    local i word skip=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if ((skip)); then skip=0; continue; fi
        if [[ $word == "=" ]]; then skip=1; continue; fi
        if [[ $word == -* ]]; then
            [[ $word != *=* && " $value_options " == *" $word "* ]] && skip=1
            # "--opt" "=" "value": the value comes after the "=".
            [[ ${COMP_WORDS[i + 1]-} == "=" ]] && skip=0
            continue
        fi
        positionals+=("$word")
    done
    local command=${positionals[0]-}
    [[ $command == export || $command == import || $command == db ]] && [[ -n ${positionals[1]-} ]] && command+=" ${positionals[1]}"

    # The value of an option.
    case $prev in
        --data | --config)
            _iq_tui_files ""
            return
            ;;
        --theme)
            COMPREPLY=($(compgen -W "default light high-contrast monochrome" -- "$cur"))
            _iq_tui_files "*.theme"
            return
            ;;
        --lang)
            COMPREPLY=($(compgen -W "de en" -- "$cur"))
            return
            ;;
        --format)
            local formats
            case $command in
                "export partners") formats="csv json vcard" ;;
                "export locations") formats="csv geojson" ;;
                "export case") formats="text json" ;;
                "export cases") formats="csv json" ;;
                stats) formats="text csv json" ;;
                *) formats="binary xml" ;;
            esac
            COMPREPLY=($(compgen -W "$formats" -- "$cur"))
            return
            ;;
        --service)
            COMPREPLY=($(compgen -W "recognitionCounselling fairIntegration healthQualification adaptationQualification interculturalTraining" -- "$cur"))
            return
            ;;
        --autosave | --country | --place | --year | --store)
            return
            ;;
    esac

    # Options: those the command takes.
    if [[ $cur == -* ]]; then
        local common="--data --lang --config --no-config --help"
        local options
        case $command in
            "") options="--data --store --lang --read-only --format --autosave --workshop --no-mouse --screen-reader --ascii --unicode --theme --config --no-config --help --version" ;;
            check | export | import) options=$common ;;
            "export partners" | "export locations" | "export case") options="$common --format" ;;
            "export cases") options="$common --format --include-personal" ;;
            "import partners" | "import cases") options="$common --skip-invalid --read-only" ;;
            nearest) options="$common --service" ;;
            authority) options="--lang --config --no-config --help --country --place" ;;
            stats) options="$common --format --year" ;;
            db | "db init" | "db migrate" | "db import") options="--lang --config --no-config --help --store" ;;
            "db export") options="--lang --config --no-config --help --store --format" ;;
            *) options=$common ;;
        esac
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi

    # Words: the command, its object, a file.
    case ${#positionals[@]}:$command in
        0:) COMPREPLY=($(compgen -W "check export import nearest authority stats db" -- "$cur")) ;;
        1:export) COMPREPLY=($(compgen -W "partners locations case cases" -- "$cur")) ;;
        1:import) COMPREPLY=($(compgen -W "partners cases" -- "$cur")) ;;
        1:db) COMPREPLY=($(compgen -W "init migrate import export" -- "$cur")) ;;
        1:check) _iq_tui_files "" ;;
        "2:import partners" | "2:import cases") _iq_tui_files "*.csv" ;;
        "2:db import" | "2:db export") _iq_tui_files "*.plist" ;;
    esac
}

complete -F _iq_tui iq-tui
