#!/usr/bin/env bash
# The packages as a user gets them (run by `make test` after the Swift tests, with the release
# binary it has just brought up to date):
#   - the release tarball, unpacked in a temporary folder and run with an empty HOME and a
#     PATH without Swift; its checksums, files, man page version and bash completions;
#   - the Debian package: control fields, file list, lintian (where installed), and the binary
#     extracted with dpkg-deb run the same way;
#   - `make install` under a temporary PREFIX, then `make uninstall` leaves it as it was.
# Usage: scripts/test-packages.sh BIN
set -uo pipefail
# Under pipefail `producer | grep -q` fails at random: grep leaves at the first match and the
# producer, still writing, dies of SIGPIPE. Pipelines here end in `grep PATTERN >/dev/null`.
cd "$(dirname "$0")/.."
BIN=${1:?usage: scripts/test-packages.sh BIN}
VERSION=$(scripts/package.sh version)
WORK=$(mktemp -d /tmp/limber-packages.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
failures=0 checks=0

check() { # description, then a command that must succeed
    local what=$1
    shift
    checks=$((checks + 1))
    if ! "$@" >"$WORK/check.out" 2>&1; then
        failures=$((failures + 1))
        echo "FAIL: $what"
        sed 's/^/    /' "$WORK/check.out" | head -20
    fi
}
same() { [ "$1" = "$2" ] || { printf 'expected: %s\n     got: %s\n' "$2" "$1"; return 1; }; }
has() { grep -qF -- "$2" <<<"$1" || { printf 'no "%s" in:\n%s\n' "$2" "$1"; return 1; }; }

# A user's machine: nothing but the system's folders on the PATH (no Swift), an empty HOME.
system_path=/usr/local/bin:/usr/bin:/bin
as_user() { # folder-with-limber, arguments...
    local dir=$1
    shift
    local home
    home=$(mktemp -d "$WORK/home.XXXXXX")
    env -i HOME="$home" PATH="$dir:$system_path" LANG=C.UTF-8 TERM=xterm-256color limber "$@"
}
no_swift() { ! env -i PATH="$system_path" sh -c 'command -v swift'; }

# The three commands a new user tries first, from a binary in DIR.
runs_for_a_user() { # label, dir
    local label=$1 dir=$2 out
    check "$label: limber --version is $VERSION" eval 'out=$(as_user "$dir" --version) && same "$out" "$VERSION"'
    check "$label: limber summary prints today" eval 'out=$(as_user "$dir" summary 2>/dev/null) && has "$out" "SITTING"'
    check "$label: limber exercises lists the library" eval 'out=$(as_user "$dir" exercises) && has "$out" "cat-cow"'
    check "$label: needs no Swift runtime library" eval '! readelf -d "$dir/limber" | grep -i "NEEDED.*swift"'
}

# The bash completion offers values: exercise ids (from limber itself), postures, formats.
completes() { # completion file, bin dir, line, expected words
    local file=$1 dir=$2 line=$3 expected=$4 home
    home=$(mktemp -d "$WORK/home.XXXXXX")
    local got
    got=$(env -i HOME="$home" PATH="$dir:$system_path" LANG=C.UTF-8 bash --norc --noprofile -c '
        source "$1"
        COMP_LINE=$2; COMP_POINT=${#COMP_LINE}
        read -ra COMP_WORDS <<<"$COMP_LINE"
        [[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        _limber limber "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        echo "${COMPREPLY[*]}"' _ "$file" "$line")
    same "$got" "$expected"
}

# The highest glibc symbol version the binary needs must be the one the README names.
glibc_needed() { objdump -T "$1" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1; }

check "the version is set in Sources/limber/Version.swift" test -n "$VERSION"
check "no Swift on the test PATH" no_swift
check "the release binary says $VERSION" eval 'same "$("$BIN" --version)" "$VERSION"'

# --- The release tarball ---
ARCH=$(uname -m)
NAME="limber-$VERSION-linux-$ARCH"
scripts/package.sh dist "$BIN" "$WORK/dist" >/dev/null || { echo "FAIL: make dist"; exit 1; }
TARBALL="$WORK/dist/$NAME.tar.gz"
check "the tarball is named $NAME.tar.gz" test -f "$TARBALL"
check "its .sha256 file verifies" eval '(cd "$WORK/dist" && sha256sum -c --quiet "$NAME.tar.gz.sha256")'
mkdir "$WORK/unpacked"
tar -xzf "$TARBALL" -C "$WORK/unpacked"
U="$WORK/unpacked/$NAME"
check "the tarball holds exactly the expected files" eval 'same "$(cd "$U" && find . -type f | sort | tr "\n" " ")" \
    "./LICENSE ./README.md ./SHA256SUMS ./bin/limber ./share/bash-completion/completions/limber ./share/fish/vendor_completions.d/limber.fish ./share/man/man1/limber.1 ./share/zsh/site-functions/_limber "'
check "SHA256SUMS inside verifies every file" eval '(cd "$U" && sha256sum -c --quiet SHA256SUMS && [ "$(wc -l < SHA256SUMS)" = 7 ])'
check "the licence is MIT" grep -q '^MIT License$' "$U/LICENSE"
check "the man page footer says limber $VERSION" grep -q "^\.TH LIMBER 1 \"[^\"]*\" \"limber $VERSION\"" "$U/share/man/man1/limber.1"
runs_for_a_user tarball "$U/bin"
GLIBC=$(glibc_needed "$U/bin/limber")
check "the README names the glibc the binary needs ($GLIBC)" grep -q "glibc $GLIBC or newer" README.md
GLIBCXX=$(objdump -T "$U/bin/limber" | grep -o 'GLIBCXX_[0-9.]*' | sort -uV | tail -1)
# `make build` links libstdc++ in where its static archive is installed (the Makefile says why).
if [ -n "$GLIBCXX" ]; then
    check "the README names the libstdc++ the binary needs ($GLIBCXX)" grep -q "($GLIBCXX)" README.md
else
    check "libstdc++ is linked in, and the README asks for none" eval '! grep -q "GLIBCXX_" README.md'
fi
# The README shows `limber tmux`'s snippet as it is.
readme_shows_snippet() {
    local snippet
    snippet=$(as_user "$U/bin" tmux) || return 1
    local readme
    readme=$(<README.md)
    [[ $readme == *"$snippet"$'\n```'* ]]
}
check "the README shows limber tmux's snippet" readme_shows_snippet
BASH_COMPLETION="$U/share/bash-completion/completions/limber"
check "bash completes exercise ids" completes "$BASH_COMPLETION" "$U/bin" "limber exercises show ca" "cat-cow calf-raises"
check "bash completes an exercise's poses" completes "$BASH_COMPLETION" "$U/bin" "limber exercises show cat-cow --pose c" "cow cat"
check "bash completes --posture" completes "$BASH_COMPLETION" "$U/bin" "limber --posture " "sitting standing"
check "bash completes summary --format" completes "$BASH_COMPLETION" "$U/bin" "limber summary --format " "text json csv"
check "bash completes --figure" completes "$BASH_COMPLETION" "$U/bin" "limber --figure b" "braille blocks"
check "bash completes subcommands" completes "$BASH_COMPLETION" "$U/bin" "limber tm" "tmux"
check "zsh and fish complete values too" eval 'grep -q "sitting" "$U/share/zsh/site-functions/_limber" &&
    grep -q -- "---completion exercises show" "$U/share/zsh/site-functions/_limber" &&
    grep -q "sitting" "$U/share/fish/vendor_completions.d/limber.fish" &&
    grep -q -- "---completion exercises show" "$U/share/fish/vendor_completions.d/limber.fish"'

# --- The Debian package ---
if command -v dpkg-deb >/dev/null; then
    DEB=$(scripts/package.sh deb "$BIN" "$WORK/deb") || { echo "FAIL: make deb"; exit 1; }
    ARCH_DEB=$(dpkg --print-architecture)
    check "the package is named limber_${VERSION}_$ARCH_DEB.deb" same "$(basename "$DEB")" "limber_${VERSION}_$ARCH_DEB.deb"
    field() { dpkg-deb -f "$DEB" "$1"; }
    check "Package: limber" same "$(field Package)" limber
    check "Version: $VERSION" same "$(field Version)" "$VERSION"
    check "Architecture: $ARCH_DEB" same "$(field Architecture)" "$ARCH_DEB"
    check "Depends names libc6, libncursesw6 and libsqlite3-0" eval 'd=$(field Depends); has "$d" "libc6 (>= " && has "$d" "libncursesw6" && has "$d" "libsqlite3-0"'
    check "libsystemd0 is recommended, not required" eval 'same "$(field Recommends)" libsystemd0 && ! has "$(field Depends)" libsystemd 2>/dev/null'
    check "Maintainer, Section, Installed-Size and Description are set" eval '[ -n "$(field Maintainer)" ] && same "$(field Section)" utils && [ "$(field Installed-Size)" -gt 0 ] && [ -n "$(field Description)" ]'
    check "the package holds exactly the expected files" eval 'same "$(dpkg-deb -c "$DEB" | awk "\$1 !~ /^d/ {print \$6}" | sort | tr "\n" " ")" \
        "./usr/bin/limber ./usr/share/bash-completion/completions/limber ./usr/share/doc/limber/changelog.gz ./usr/share/doc/limber/copyright ./usr/share/fish/vendor_completions.d/limber.fish ./usr/share/lintian/overrides/limber ./usr/share/man/man1/limber.1.gz ./usr/share/zsh/vendor-completions/_limber "'
    check "every file is owned by root" eval '! dpkg-deb -c "$DEB" | awk "{print \$2}" | grep -v "^root/root$"'
    check "the copyright file carries the MIT (Expat) licence" eval 'dpkg-deb --fsys-tarfile "$DEB" | tar -xOf - ./usr/share/doc/limber/copyright | grep "^License: Expat$" >/dev/null'
    if command -v lintian >/dev/null; then
        # Errors and warnings fail; the two info-level tags left are overridden with reasons.
        check "lintian finds nothing" eval 'out=$(lintian --fail-on error,warning "$DEB" 2>&1 | { grep -v "running with root privileges" || true; }) && same "$out" ""'
    else
        echo "note: lintian is not installed; the package was not checked against Debian policy (make deps installs it)"
    fi
    mkdir "$WORK/extracted"
    dpkg-deb -x "$DEB" "$WORK/extracted"
    runs_for_a_user deb "$WORK/extracted/usr/bin"
    check "the packaged man page footer says limber $VERSION" eval 'zcat "$WORK/extracted/usr/share/man/man1/limber.1.gz" | grep "\"limber $VERSION\"" >/dev/null'
else
    echo "note: no dpkg-deb here; the Debian package was not built"
fi

# --- make install / make uninstall under a PREFIX without root ---
PREFIX_DIR="$WORK/prefix"
mkdir "$PREFIX_DIR"
check "make install under a temporary PREFIX" make --no-print-directory install PREFIX="$PREFIX_DIR"
check "the installed limber runs" eval 'same "$(as_user "$PREFIX_DIR/bin" --version)" "$VERSION"'
check "the installed man page says limber $VERSION" grep -q "\"limber $VERSION\"" "$PREFIX_DIR/share/man/man1/limber.1"
check "make uninstall" make --no-print-directory uninstall PREFIX="$PREFIX_DIR"
check "under sudo, make install builds nothing (root's PATH has no Swift)" eval '! make -n install SUDO_USER=someone PREFIX="$PREFIX_DIR" | grep " build " >/dev/null'
check "after make uninstall the PREFIX is empty" eval 'same "$(find "$PREFIX_DIR" -mindepth 1)" ""'
# A PREFIX in use: uninstall removes limber's files and the folders install made, and keeps
# everything that was there before (an empty folder included).
SHARED="$WORK/shared"
mkdir -p "$SHARED/bin" "$SHARED/share/man"
touch "$SHARED/bin/other-tool"
before=$(cd "$SHARED" && find . | sort)
check "make install into a PREFIX in use" make --no-print-directory install PREFIX="$SHARED"
check "make uninstall leaves what was there before" eval 'make --no-print-directory uninstall PREFIX="$SHARED" && same "$(cd "$SHARED" && find . | sort)" "$before"'

echo "packages: $((checks - failures)) of $checks checks passed"
[ "$failures" = 0 ]
