#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a file limber did not necessarily write (the config, exercise files, the status
/// cache) the way it writes its own: no symlink followed, never waiting on a FIFO (O_NONBLOCK),
/// `fstat` on what was opened must say regular file, and a size cap so a 40 MB file is refused
/// at once instead of parsed for seconds. Anything else is a refusal that names the path.
public enum SafeFile {
    public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        /// Nothing at the path (or a folder on the way is missing).
        case missing(String)
        /// A symlink, FIFO, socket, device or folder where a file was expected.
        case notRegularFile(String, kind: String)
        case tooLarge(String, limit: Int)
        /// Could not be opened or read: the system's reason.
        case unreadable(String, String)

        public var description: String {
            switch self {
            case .missing(let path): "\(path) does not exist"
            case .notRegularFile(let path, let kind): "\(path) is a \(kind), not a regular file"
            case .tooLarge(let path, let limit): "\(path) is larger than \(limit / 1024) KB, too large to be one"
            case .unreadable(let path, let why): "cannot read \(path): \(why)"
            }
        }
    }

    /// The whole file, at most `limit` bytes.
    /// - Parameter followLinks: for files the user places (config, exercises), which dotfile
    ///   managers often make links: a link is followed, but what it names must still be a
    ///   regular file within the cap. Files limber writes itself are never read through a link.
    public static func read(_ path: String, limit: Int, followLinks: Bool = false) throws(Refusal) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw .missing(path)
            case ELOOP: throw .notRegularFile(path, kind: "symbolic link")
            default: throw .unreadable(path, String(cString: strerror(errno)))
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
        if let kind = kind(of: info.st_mode) { throw .notRegularFile(path, kind: kind) }
        guard info.st_size <= limit else { throw .tooLarge(path, limit: limit) }
        // The size may change while reading (a file still being written): read to the end, but
        // never past the cap.
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
            if bytes.count > limit { throw .tooLarge(path, limit: limit) }
        }
    }

    /// What a file is when it is not a regular file; nil for a regular file.
    public static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFLNK: "symbolic link"
        case S_IFIFO: "FIFO (named pipe)"
        case S_IFSOCK: "socket"
        case S_IFDIR: "folder"
        case S_IFCHR, S_IFBLK: "device"
        default: "special file"
        }
    }

    /// Why a folder limber reads from may not be trusted, or nil when it may: it must be a
    /// folder, belong to this user, and no one else may write to it. Whoever can write there can
    /// put any file in it, so reading from it is no safer than from theirs. A group-writable
    /// folder passes only when the group is the user's own (the usual umask 002 of a
    /// user-private group). `followLinks` as for `read`.
    public static func untrustedFolder(_ path: String, followLinks: Bool = false) -> String? {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else {
            return "cannot read \(path): \(String(cString: strerror(errno)))"
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return "\(path) is not a folder (a symlink?); remove it" }
        guard info.st_uid == geteuid() else { return "\(path) belongs to another user; not reading from it" }
        let groupMayWrite = info.st_mode & S_IWGRP != 0 && info.st_gid != getegid()
        guard info.st_mode & S_IWOTH == 0, !groupMayWrite else {
            return "other users can write to \(path); not reading from it (make it private: chmod 700)"
        }
        return nil
    }
}

extension SafeFile {
    /// Why a file the user places (the config file) may have been put there or changed by
    /// someone else, or nil. Its folder is checked like the folders limber writes to: this
    /// user's or root's (`/etc`), and no one else may write to it — except a sticky shared
    /// folder (`/tmp`), where only the file's owner can replace it, so the file must be ours.
    /// The file itself must be this user's or root's, and writable by no one else.
    public static func untrustedPlacement(_ path: String) -> String? {
        var file = stat(), folderInfo = stat()
        guard stat(path, &file) == 0 else { return nil } // missing: the read says so
        let folder = path.lastIndex(of: "/").map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        guard stat(folder, &folderInfo) == 0 else { return nil }
        let me = geteuid()
        if file.st_uid != me && file.st_uid != 0 { return "\(path) belongs to another user; not reading it" }
        if othersMayWrite(file) { return "other users can write to \(path); not reading it (chmod 600 it)" }
        let sticky = folderInfo.st_mode & S_ISVTX != 0
        if sticky { return file.st_uid == me ? nil : "\(path) is in a shared folder and not yours; not reading it" }
        if folderInfo.st_uid != me && folderInfo.st_uid != 0 { return "\(folder) belongs to another user; not reading from it" }
        if othersMayWrite(folderInfo) {
            return "other users can write to \(folder); not reading from it (make it private: chmod 700)"
        }
        return nil
    }

    /// Writable by another user: by all, or by a group that is not this user's own.
    private static func othersMayWrite(_ info: stat) -> Bool {
        info.st_mode & S_IWOTH != 0 || (info.st_mode & S_IWGRP != 0 && info.st_gid != getegid())
    }
}

#if canImport(Glibc)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Glibc.read(fd, buffer, count) }
#else
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Darwin.read(fd, buffer, count) }
#endif
