#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One TUI per data folder: an exclusive `flock` on the data folder itself. A folder cannot be
/// deleted while it holds files, nor swapped for another while it is open, so no user action
/// in the folder (deleting every file in it, say) lets a second timer in; the kernel drops the
/// lock when the process dies, however it dies, so there is no stale lock. A read-only folder
/// can be locked too: a timer that cannot save still has its socket.
///
/// `limber.lock` beside it holds the owner's pid for the "already running" message, and is
/// locked as well, so a limber from before the folder lock is kept out too.
public final class InstanceLock {
    private let folderDescriptor: Int32
    private let fileDescriptor: Int32?

    public static func file(in folder: String) -> String { folder + "/limber.lock" }

    /// Takes the lock, or throws `alreadyRunning` with the holder's pid (0 when unknown). A lock
    /// file that is a link, a FIFO or a folder is refused (naming it): limber writes its pid
    /// there. A lock file that cannot be made (a read-only folder) is done without.
    public init(folder: String) throws(StoreError) {
        let directory = try Self.openFolder(folder)
        guard flock(directory, LOCK_EX | LOCK_NB) == 0 else {
            close(directory)
            throw StoreError.alreadyRunning(Self.holderPID(folder))
        }
        let fd: Int32?
        do {
            fd = try DataFile.openFile(Self.file(in: folder), O_RDWR | O_CREAT)
        } catch StoreError.file {
            fd = nil // read-only: the folder lock is enough
        } catch {
            close(directory)
            throw error
        }
        if let fd {
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let pid = Self.readPID(fd)
                close(fd)
                close(directory)
                throw StoreError.alreadyRunning(pid)
            }
            let text = "\(getpid())\n"
            _ = ftruncate(fd, 0)
            _ = pwrite(fd, text, text.utf8.count, 0)
        }
        folderDescriptor = directory
        fileDescriptor = fd
    }

    deinit {
        if let fileDescriptor {
            flock(fileDescriptor, LOCK_UN)
            close(fileDescriptor)
        }
        flock(folderDescriptor, LOCK_UN)
        close(folderDescriptor)
    }

    /// Whether a TUI holds the lock for `folder` right now. Throws when the lock file is not a
    /// regular file (so a FIFO there is refused at once, not waited on).
    public static func isHeld(folder: String) throws(StoreError) -> Bool {
        if let directory = try? openFolder(folder) {
            defer { close(directory) }
            if flock(directory, LOCK_SH | LOCK_NB) != 0 { return true }
            flock(directory, LOCK_UN)
        }
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

    /// The folder itself, opened to be locked: read-only, never through a symlink at its last
    /// component swapped in afterwards (O_DIRECTORY refuses anything but a folder).
    private static func openFolder(_ folder: String) throws(StoreError) -> Int32 {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.folder(folder, String(cString: strerror(errno))) }
        return fd
    }

    /// The pid in the lock file, 0 when there is none to read (deleted, say).
    private static func holderPID(_ folder: String) -> Int32 {
        guard let fd = try? DataFile.openFile(file(in: folder), O_RDONLY) else { return 0 }
        defer { close(fd) }
        return readPID(fd)
    }

    private static func readPID(_ fd: Int32) -> Int32 {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return 0 }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).split(separator: "\n").first ?? "") ?? 0
    }
}
