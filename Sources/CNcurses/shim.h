#ifndef LIMBER_CNCURSES_SHIM_H
#define LIMBER_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, which hides the wide-character API.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <ncurses.h>
#include <term.h>
#include <sys/ioctl.h>

// Globals and macros that Swift 6 cannot import safely, as functions and constants.
static inline WINDOW *limber_stdscr(void) { return stdscr; }
static inline int limber_lines(void) { return LINES; }
static inline int limber_cols(void) { return COLS; }

static const int limber_a_normal = A_NORMAL;
static const int limber_a_bold = A_BOLD;
static const int limber_a_reverse = A_REVERSE;
static const int limber_a_dim = A_DIM;
static const int limber_a_underline = A_UNDERLINE;

// newterm on the process's own stdin/stdout (their FILE* globals are not importable).
static inline SCREEN *limber_newterm(void) { return newterm(NULL, stdout, stdin); }

// True when TERM names a terminal ncurses can drive full screen (cursor addressing).
// setupterm with an error pointer reports instead of exiting the process.
static inline int limber_term_usable(void) {
    int err = 0;
    if (setupterm(NULL, 1, &err) != OK) return 0;
    const char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return usable;
}

// A terminfo string capability of the running terminal, or NULL when it has none.
static inline const char *limber_capability(const char *name) {
    const char *value = tigetstr(name);
    return (value == NULL || value == (const char *)-1) ? NULL : value;
}

// Bytes waiting to be read on a descriptor (FIONREAD; ioctl is variadic, so Swift cannot call it).
static inline int limber_pending_bytes(int fd) {
    int count = 0;
    return ioctl(fd, FIONREAD, &count) == 0 ? count : 0;
}

static inline int limber_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't');
}

#endif
