# Limber: build, test and install. `make help` lists the targets.
PREFIX ?= /usr/local
SWIFT ?= swift
BIN := .build/release/limber
# A static Swift runtime saves ~3 MB of resident memory on Linux (no shared runtime libraries
# to map); macOS ships the runtime with the system.
STATIC := $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib,)
# Optimised for size: less machine code means fewer pages mapped at run time, which keeps the
# idle timer under its 15 MB budget; the timer's CPU is dominated by system calls, not code.
OPTIMIZE := -Xswiftc -Osize
# Linked with lld on Linux: the default linker (gold) repeats glibc's link-time note that
# `mktemp` is dangerous, for a temporary-file helper inside the static Foundation that limber
# never calls (it writes no file atomically through Foundation); lld does not print those
# notes. Same size and memory (measured: peak RSS within 0.3 MB, the run-to-run noise).
# `-z now` resolves every symbol at start, so the relocations can be read-only (full RELRO).
# The rest keeps the idle timer's resident memory down (docs/PERFORMANCE.md, issue 22), each
# measured on its own with a year of history:
# - not position-independent (`-no-pie`): a PIE's 41,000 pointer fixups (1 MB, read at every
#   start, and the pages they write) are gone (-1.1 MB). Packing them instead
#   (`-z pack-relative-relocs`) needs glibc 2.36, which Ubuntu 22.04 and Fedora 36 lack.
# - `--no-export-dynamic`: the 4,900 public Swift symbols stay out of the dynamic symbol
#   table, where nothing looks them up (-0.4 MB).
# - the ordering file places the functions the timer runs next to each other
#   (scripts/link-order.sh), so the kernel's 64 KB read-around maps them in a few runs instead
#   of most of the 10 MB of code (-2 MB).
# - libstdc++, which the Swift runtime needs, linked in: as a shared library its start-up alone
#   kept 1 MB resident (-0.6 MB). The Swift driver asks for `-lstdc++`; the linker finds it
#   first in $(CXX_DIR), as a one-line linker script naming the static archive. Where there is
#   no archive, the shared library is used as before.
ORDER := scripts/link-order.txt
CXX_DIR := .build/static-libstdc++
CXX_ARCHIVE := $(if $(filter Linux,$(shell uname -s)),$(shell clang -print-file-name=libstdc++.a 2>/dev/null),)
CXX_STATIC := $(if $(filter /%,$(CXX_ARCHIVE)),$(wildcard $(CXX_ARCHIVE)),)
LINK := $(if $(filter Linux,$(shell uname -s)),-Xswiftc -use-ld=lld -Xlinker -z -Xlinker now \
	-Xswiftc -Xclang-linker -Xswiftc -no-pie -Xlinker --no-export-dynamic \
	-Xlinker --symbol-ordering-file=$(CURDIR)/$(ORDER) -Xlinker --no-warn-symbol-ordering \
	$(if $(CXX_STATIC),-Xswiftc -L$(CURDIR)/$(CXX_DIR)),)
RELEASE_FLAGS := -c release $(STATIC) $(OPTIMIZE) $(LINK)
VERSION := $(shell scripts/package.sh version)
DIST_DIR := .build/dist

.PHONY: help deps build run test test-packages install uninstall dist deb clean bench

help:
	@echo "make deps     check (and on Debian as root install) what building, testing and packaging need"
	@echo "make build    release build; binary at $(BIN)"
	@echo "make run      build and start limber (options: make run ARGS=\"--interval 20s\")"
	@echo "make test     all tests: engine, screens, end to end in tmux, the packages"
	@echo "make install  binary, man page and shell completions under PREFIX (default /usr/local;"
	@echo "              PREFIX=~/.local make install needs no root)"
	@echo "make uninstall  remove exactly what make install put under the same PREFIX"
	@echo "make dist     release tarball $(DIST_DIR)/limber-$(VERSION)-linux-$(shell uname -m).tar.gz (+ .sha256)"
	@echo "make deb      Debian package $(DIST_DIR)/limber_$(VERSION)_ARCH.deb"
	@echo "make bench    measure CPU, memory and terminal bytes (see docs/PERFORMANCE.md)"
	@echo "make clean    remove build products"

deps:
	@scripts/deps.sh

build: $(if $(CXX_STATIC),$(CXX_DIR)/libstdc++.so)
	@scripts/deps.sh build
	$(SWIFT) build $(RELEASE_FLAGS)
	@echo "built $(BIN)"

run: build
	$(BIN) $(ARGS)

# The packaging tests need the release build (about 3 minutes from clean on 2 cores, seconds
# when it is up to date); every other test uses the debug build.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest
	$(MAKE) --no-print-directory test-packages

test-packages: $(if $(CXX_STATIC),$(CXX_DIR)/libstdc++.so)
	$(SWIFT) build $(RELEASE_FLAGS)
	scripts/test-packages.sh $(BIN)

$(CXX_DIR)/libstdc++.so:
	mkdir -p $(CXX_DIR)
	echo "INPUT($(CXX_STATIC))" > $@

# Under sudo the build is not redone: root's PATH rarely has Swift, and a root build would
# leave files in .build/ the user cannot overwrite. `make build && sudo make install`.
install: $(if $(SUDO_USER),,build)
	scripts/package.sh install $(BIN) $(PREFIX) $(DESTDIR)

uninstall:
	scripts/package.sh uninstall $(PREFIX) $(DESTDIR)

dist: build
	scripts/package.sh dist $(BIN) $(DIST_DIR)

deb: build
	scripts/package.sh deb $(BIN) $(DIST_DIR)

bench: build
	bench/run.sh

clean:
	rm -rf .build
