#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the control socket of a data folder lives, and the status cache beside it.
///
/// `$XDG_RUNTIME_DIR/limber/` when that is set (a per-user folder the system clears at logout),
/// named after the data folder so each data folder has its own timer; else the data folder
/// itself. Both folders are private (0700).
public struct ControlPath: Sendable, Equatable {
    public let folder: String
    public let socket: String
    /// The last answer `limber status` got, shown marked "not responding" when the timer is stopped.
    public let cache: String

    public init(dataFolder: String, runtimeDirectory: String?) {
        if let runtime = runtimeDirectory, runtime.hasPrefix("/") {
            let name = Self.shortHash(Self.canonical(dataFolder))
            folder = runtime + "/limber"
            socket = folder + "/\(name).sock"
            cache = folder + "/\(name).status"
        } else {
            folder = dataFolder
            socket = dataFolder + "/limber.sock"
            cache = dataFolder + "/status.cache"
        }
    }

    /// Where a timer for `dataFolder` may listen, most likely first: a timer started with
    /// another `XDG_RUNTIME_DIR` than the asking process (a cron job, a login shell without it)
    /// is still found. `/run/user/UID` is the usual runtime folder when none is set.
    public static func candidates(dataFolder: String, runtimeDirectory: String?) -> [ControlPath] {
        let usual = "/run/user/\(getuid())"
        let other = runtimeDirectory == nil ? (access(usual, F_OK) == 0 ? usual : nil) : nil
        return [ControlPath(dataFolder: dataFolder, runtimeDirectory: runtimeDirectory),
                ControlPath(dataFolder: dataFolder, runtimeDirectory: other)]
            .reduce(into: []) { list, path in if !list.contains(path) { list.append(path) } }
    }

    /// The same folder named two ways (`~/x/../data`, a symlinked path) gets the same socket.
    static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// 64-bit FNV-1a as 16 hex digits: short, stable across runs and machines.
    static func shortHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Makes the folder (0700) when missing; refuses one that is a symlink, not a folder or
    /// someone else's, and makes an own folder private again.
    public func prepareFolder() throws(ControlError) {
        if mkdir(folder, 0o700) != 0, errno != EEXIST {
            throw .unavailable("cannot create \(folder): \(String(cString: strerror(errno)))")
        }
        var info = stat()
        guard lstat(folder, &info) == 0 else { throw .unavailable("cannot read \(folder): \(String(cString: strerror(errno)))") }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .unavailable("\(folder) is not a folder (a symlink?); remove it") }
        guard info.st_uid == getuid() else { throw .unavailable("\(folder) belongs to another user") }
        if info.st_mode & 0o077 != 0, chmod(folder, 0o700) != 0 {
            throw .unavailable("cannot make \(folder) private: \(String(cString: strerror(errno)))")
        }
    }
}
