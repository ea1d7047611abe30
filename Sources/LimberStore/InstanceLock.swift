#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One TUI per data folder: an exclusive `flock` on `limber.lock`, holding the owner's pid.
/// The kernel drops the lock when the process dies, however it dies, so there is no stale lock.
public final class InstanceLock {
    private let descriptor: Int32

    public static func file(in folder: String) -> String { folder + "/limber.lock" }

    /// Takes the lock, or throws `alreadyRunning` with the holder's pid. A lock file that is a
    /// link, a FIFO or a folder is refused (naming it): limber writes its pid there.
    public init(folder: String) throws(StoreError) {
        let fd = try DataFile.openFile(Self.file(in: folder), O_RDWR | O_CREAT)
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let pid = Self.readPID(fd)
            close(fd)
            throw StoreError.alreadyRunning(pid)
        }
        descriptor = fd
        let text = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, text, text.utf8.count, 0)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Whether a TUI holds the lock for `folder` right now. Throws when the lock file is not a
    /// regular file (so a FIFO there is refused at once, not waited on).
    public static func isHeld(folder: String) throws(StoreError) -> Bool {
        let fd: Int32
        do {
            fd = try DataFile.openFile(file(in: folder), O_RDONLY)
        } catch StoreError.file {
            return false // missing or unreadable: nobody can hold it
        }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return false
        }
        return true
    }

    private static func readPID(_ fd: Int32) -> Int32 {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return 0 }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).split(separator: "\n").first ?? "") ?? 0
    }
}
