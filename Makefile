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
LINK := $(if $(filter Linux,$(shell uname -s)),-Xswiftc -use-ld=lld -Xlinker -z -Xlinker now,)
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

build:
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

test-packages:
	$(SWIFT) build $(RELEASE_FLAGS)
	scripts/test-packages.sh $(BIN)

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
