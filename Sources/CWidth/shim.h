#ifndef LIMBER_CWIDTH_SHIM_H
#define LIMBER_CWIDTH_SHIM_H

#include <stddef.h>
#include <locale.h>

// The C library's display width of a character (what ncurses uses). glibc declares it only
// under _XOPEN_SOURCE, which the system module is built without; the declaration is POSIX's.
extern int wcwidth(wchar_t c);

#endif
