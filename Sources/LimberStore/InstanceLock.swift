#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One TUI per data folder: an exclusive `flock` on `limber.lock`, holding the owner's pid.
/// The kernel drops the lock when the process dies, however it dies, so there is no stale lock.
public final class InstanceLock {
    private let descriptor: Int32

    /// Takes the lock, or throws `alreadyRunning` with the holder's pid.
    public init(folder: String) throws(StoreError) {
        let path = folder + "/limber.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.folder(folder, String(cString: strerror(errno))) }
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

    /// Whether a TUI holds the lock for `folder` right now.
    public static func isHeld(folder: String) -> Bool {
        let fd = open(folder + "/limber.lock", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
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
