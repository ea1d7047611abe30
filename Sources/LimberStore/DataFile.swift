#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore

/// The files limber keeps in its data folder are plain files it made. Anything else found at
/// one of their names (a symlink, a FIFO, a socket, a device, a folder) is refused before it is
/// opened: a link could make limber write elsewhere, and opening a FIFO waits forever.
enum DataFile {
    /// Throws when `path` exists and is not a regular file. A missing file is fine.
    static func check(_ path: String) throws(StoreError) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return } // missing: nothing to refuse
            throw StoreError.file(path, String(cString: strerror(errno)))
        }
        if let kind = SafeFile.kind(of: info.st_mode) { throw StoreError.notRegularFile(path, kind: kind) }
    }

    /// Opens `path` without following a symlink and without waiting on a FIFO, and makes sure
    /// what was opened is a regular file (it could have changed since `check`).
    static func openFile(_ path: String, _ flags: Int32, mode: mode_t = 0o600) throws(StoreError) -> Int32 {
        try check(path)
        let fd = open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
        guard fd >= 0 else {
            if errno == ELOOP { throw StoreError.notRegularFile(path, kind: "symbolic link") }
            throw StoreError.file(path, String(cString: strerror(errno)))
        }
        var info = stat()
        if fstat(fd, &info) != 0 || SafeFile.kind(of: info.st_mode) != nil {
            close(fd)
            throw StoreError.notRegularFile(path, kind: SafeFile.kind(of: info.st_mode) ?? "special file")
        }
        return fd
    }

    /// Makes an existing file private (0600) without following a link to somebody else's file.
    static func makePrivate(_ path: String) throws(StoreError) {
        let fd = try openFile(path, O_RDONLY)
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
    }

}
