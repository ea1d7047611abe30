#ifndef LIMBER_CSQLITE_SHIM_H
#define LIMBER_CSQLITE_SHIM_H
#include <fcntl.h>
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: it tells SQLite to copy bound text.
static inline sqlite3_destructor_type limber_sqlite_transient(void) { return SQLITE_TRANSIENT; }

// The open(2) SQLite's unix VFS uses for every file (the database, -journal, -wal, -shm).
// No open waits on a FIFO (a read-only open of one blocks until a writer appears, and a FIFO
// could be swapped in after limber's lstat), and a file opened for writing or created never
// follows a symlink (recent SQLite adds O_NOFOLLOW itself; this holds for any version).
// Read-only opens may follow links, because SQLite opens the data folder itself (which may
// well be a link) to sync it.
static inline int limber_sqlite_open(const char *path, int flags, int mode) {
    if ((flags & O_ACCMODE) != O_RDONLY || (flags & O_CREAT)) flags |= O_NOFOLLOW;
    return open(path, flags | O_NONBLOCK, mode);
}

// Installs limber_sqlite_open in the default VFS; returns an SQLite result code.
static inline int limber_sqlite_install_open(void) {
    sqlite3_vfs *vfs = sqlite3_vfs_find(0);
    if (vfs == 0 || vfs->iVersion < 3 || vfs->xSetSystemCall == 0) return SQLITE_ERROR;
    return vfs->xSetSystemCall(vfs, "open", (sqlite3_syscall_ptr)limber_sqlite_open);
}
#endif
