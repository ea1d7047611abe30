#!/usr/bin/env bash
# Checks what limber needs to build and test, installs it with apt-get when it can, and
# otherwise says exactly what to install. Safe to run again.
#   scripts/deps.sh         building, testing and packaging (make deps, make test)
#   scripts/deps.sh build   building only (make build, make install: no tmux or test tools)
set -u
for_tests=true
[ "${1:-}" = build ] && for_tests=false

missing_apt=()
missing_brew=()
problems=()

have() { command -v "$1" >/dev/null 2>&1; }

have swift || problems+=("the Swift toolchain (6.0 or newer): see https://www.swift.org/install/")

if ! have pkg-config; then
    missing_apt+=(pkg-config); missing_brew+=(pkg-config)
else
    pkg-config --exists ncursesw || { missing_apt+=(libncursesw5-dev); missing_brew+=(ncurses); }
    # The history is kept in SQLite.
    pkg-config --exists sqlite3 || { missing_apt+=(libsqlite3-dev); missing_brew+=(sqlite); }
fi

# Linux: the desktop presence source reads logind over D-Bus with libsystemd's sd-bus.
if [ "$(uname -s)" = Linux ] && have pkg-config; then
    pkg-config --exists libsystemd || missing_apt+=(libsystemd-dev)
fi

if $for_tests; then
    # tmux drives the end-to-end tests and the benchmark.
    have tmux || { missing_apt+=(tmux); missing_brew+=(tmux); }
    if [ "$(uname -s)" = Linux ]; then
        # The presence and notification tests run a private dbus-daemon with python-dbusmock's
        # logind and notification_daemon templates (Debian's python): the system bus for
        # presence, the session bus for desktop notifications.
        have dbus-daemon || missing_apt+=(dbus-daemon)
        /usr/bin/python3 -c 'import dbusmock' >/dev/null 2>&1 || missing_apt+=(python3-dbusmock)
    fi
    # make deb and its test: dpkg-shlibdeps works out the package's dependencies, lintian
    # checks it against Debian's policy. Debian-only tools, so only where apt-get is.
    if have apt-get; then
        have dpkg-shlibdeps || missing_apt+=(dpkg-dev)
        have lintian || missing_apt+=(lintian)
    fi
fi

if [ ${#missing_apt[@]} -gt 0 ]; then
    if have apt-get && [ "$(id -u)" = 0 ]; then
        echo "deps: installing ${missing_apt[*]} with apt-get"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing_apt[@]}" >/dev/null 2>&1 || {
            apt-get update -q >/dev/null 2>&1
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing_apt[@]}" >/dev/null
        } || problems+=("apt-get could not install: ${missing_apt[*]}")
    elif have apt-get; then
        problems+=("missing: ${missing_apt[*]}; install with: sudo apt-get install ${missing_apt[*]}")
    elif have brew; then
        problems+=("missing: ${missing_brew[*]}; install with: brew install ${missing_brew[*]} (and add \$(brew --prefix ncurses)/lib/pkgconfig to PKG_CONFIG_PATH)")
    else
        problems+=("missing: ${missing_apt[*]} (Debian names: on Linux also libsystemd's development files, dbus-daemon and python-dbusmock for /usr/bin/python3, or build with LIMBER_WITHOUT_DBUS=1); install them with your package manager")
    fi
fi

if [ ${#problems[@]} -gt 0 ]; then
    for p in "${problems[@]}"; do echo "deps: $p" >&2; done
    exit 1
fi
found="swift, ncursesw $(pkg-config --modversion ncursesw), sqlite $(pkg-config --modversion sqlite3)"
[ "$(uname -s)" = Linux ] && found+=", libsystemd $(pkg-config --modversion libsystemd)"
if $for_tests; then
    found+=", $(tmux -V)"
    [ "$(uname -s)" = Linux ] && found+=", python3-dbusmock"
    have lintian && found+=", lintian $(lintian --version | awk '{print $2}')"
fi
echo "deps: ok ($found)"
