# shellcheck shell=bash
# Shared setup for scripts/test.sh and scripts/demo.sh: logged steps, apt packages, the venv.
#
# Source it from a script that has set ROOT (the repository root) and SETUP_LOG (a file that
# collects apt and pip output). Output goes to the log so the scripts stay quiet; a failing
# step prints its own output and stops the script.

PYTHON="${PYTHON:-python3}"
VENV="$ROOT/.venv"
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_PROGRESS_BAR=off

section() {
    printf '\n== %s\n' "$*"
}

# Run a command with its output appended to SETUP_LOG; on failure show that output and exit.
run_logged() {
    local step_output status
    step_output="$(mktemp)"
    printf '\n$ %s\n' "$*" >>"$SETUP_LOG"
    if "$@" </dev/null >"$step_output" 2>&1; then
        cat "$step_output" >>"$SETUP_LOG"
        rm -f "$step_output"
        return 0
    else
        status=$?
    fi
    cat "$step_output" >>"$SETUP_LOG"
    printf 'FAILED (exit %s): %s\n--- output ---\n' "$status" "$*" >&2
    cat "$step_output" >&2
    printf -- '--- end of output (full log: %s) ---\n' "$SETUP_LOG" >&2
    rm -f "$step_output"
    exit "$status"
}

package_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# Install the named Debian packages that are missing; no apt call at all when none are.
ensure_apt_packages() {
    local missing=() package
    for package in "$@"; do
        package_installed "$package" || missing+=("$package")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        echo "apt packages present: $*"
        return 0
    fi
    if [[ $EUID -ne 0 ]]; then
        echo "Missing Debian packages: ${missing[*]}. Install them as root:" >&2
        echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "installing apt packages: ${missing[*]}"
    run_logged apt-get update
    run_logged apt-get install -y --no-install-recommends "${missing[@]}"
}

# Fingerprint of what the install depends on: pyproject.toml plus the extras asked for.
install_fingerprint() {
    local extras="$1"
    printf '%s %s\n' "$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)" "${extras:-base}"
}

# Create .venv if needed and `pip install -e ".[EXTRAS]"` unless the stamp says it is current.
#
# The stamp (.venv/.thirdcountry-install-<extras>) holds the pyproject.toml hash of the last
# successful install, so reruns skip pip entirely. A test install also satisfies the demo.
ensure_venv() {
    local extras="${1:-}" stamp target
    target="$ROOT"
    if [[ -n "$extras" ]]; then
        target="${ROOT}[${extras}]"
    fi
    stamp="$VENV/.thirdcountry-install-${extras:-base}"

    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
        echo "thirdcountry needs Python >= 3.10 as '$PYTHON' (set PYTHON=... to choose one)." >&2
        exit 1
    fi
    if [[ -x "$VENV/bin/python" ]] && ! "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
        echo "removing broken virtualenv at $VENV"
        rm -rf "$VENV"
    fi
    if [[ ! -x "$VENV/bin/python" ]]; then
        # Debian ships venv's pip bootstrap separately, as python3-venv.
        if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
            ensure_apt_packages python3-venv
        fi
        echo "creating virtualenv at $VENV"
        run_logged "$PYTHON" -m venv "$VENV"
    fi

    if [[ -f "$stamp" && "$(cat "$stamp")" == "$(install_fingerprint "$extras")" ]] \
        && "$VENV/bin/python" -c 'import thirdcountry' 2>/dev/null; then
        echo "virtualenv up to date (pyproject.toml unchanged since last install)"
        return 0
    fi
    if [[ -z "$extras" && -f "$VENV/.thirdcountry-install-test" \
        && "$(cat "$VENV/.thirdcountry-install-test")" == "$(install_fingerprint test)" ]] \
        && "$VENV/bin/python" -c 'import thirdcountry' 2>/dev/null; then
        echo "virtualenv up to date (test install covers the demo)"
        return 0
    fi
    echo "installing thirdcountry${extras:+[$extras]} into $VENV (log: $SETUP_LOG)"
    run_logged "$VENV/bin/python" -m pip install --upgrade pip
    run_logged "$VENV/bin/python" -m pip install -e "$target"
    install_fingerprint "$extras" >"$stamp"
}
