#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore

/// The hooks log on disk. Opened for each entry without following a symlink and refused unless
/// it is a regular file (a FIFO would block, a link could point anywhere); rotated to
/// `hooks.log.1` before it passes 1 MB.
struct HookLogFile {
    let path: String

    /// Appends one entry; returns why it could not, if it could not.
    func append(_ entry: [UInt8]) -> String? {
        var descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return problem(errno) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return "\(path) is not a regular file; hook output is not kept"
        }
        if HookLogRotation.needsRotation(currentSize: Int(info.st_size), adding: entry.count) {
            close(descriptor)
            descriptor = rotate()
            guard descriptor >= 0 else { return problem(errno) }
        }
        defer { close(descriptor) }
        var offset = 0
        while offset < entry.count {
            let written = entry[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return "cannot write \(path): \(String(cString: strerror(errno)))" }
            offset += written
        }
        return nil
    }

    /// Moves the full log aside (rename never follows a link) and opens a new one. If it cannot
    /// be moved, it is emptied instead: the cap matters more than the old output.
    private func rotate() -> Int32 {
        if rename(path, path + ".1") == 0 {
            return open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if descriptor >= 0 { ftruncate(descriptor, 0) }
        return descriptor
    }

    private func problem(_ code: Int32) -> String {
        if code == ELOOP || code == EMLINK {
            return "\(path) is a symbolic link; hook output is not kept (remove the link)"
        }
        return "cannot open \(path): \(String(cString: strerror(code)))"
    }
}
