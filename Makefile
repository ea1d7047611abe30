# Limber: build, test and install. `make help` lists the targets.
PREFIX ?= /usr/local
SWIFT ?= swift
BIN := .build/release/limber
MANDIR := $(PREFIX)/share/man/man1
# A static Swift runtime saves ~3 MB of resident memory on Linux (no shared runtime libraries
# to map); macOS ships the runtime with the system.
STATIC := $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib,)
# Optimised for size: less machine code means fewer pages mapped at run time, which keeps the
# idle timer under its 15 MB budget; the timer's CPU is dominated by system calls, not code.
OPTIMIZE := -Xswiftc -Osize

.PHONY: help deps build run test install uninstall clean bench

help:
	@echo "make deps     check (and on Debian install) ncursesw, pkg-config and tmux"
	@echo "make build    release build; binary at $(BIN)"
	@echo "make run      build and start limber"
	@echo "make test     all tests: engine, screens, end to end in tmux"
	@echo "make install  binary, man page and shell completions under PREFIX (default /usr/local)"
	@echo "make bench    measure CPU, memory and terminal bytes (see docs/PERFORMANCE.md)"
	@echo "make clean    remove build products"

deps:
	@scripts/deps.sh

build: deps
	$(SWIFT) build -c release $(STATIC) $(OPTIMIZE)
	@echo "built $(BIN)"

run: build
	$(BIN)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

COMPLETIONS := $(PREFIX)/share/bash-completion/completions/limber \
	$(PREFIX)/share/zsh/site-functions/_limber \
	$(PREFIX)/share/fish/vendor_completions.d/limber.fish

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANDIR)
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/limber
	install -m 644 docs/limber.1 $(DESTDIR)$(MANDIR)/limber.1
	# Shell completions, generated from the command-line parser itself.
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/limber
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_limber
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/limber.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/limber $(DESTDIR)$(MANDIR)/limber.1 $(addprefix $(DESTDIR),$(COMPLETIONS))

bench: build
	bench/run.sh

clean:
	rm -rf .build
