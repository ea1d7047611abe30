#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the history lives: `--data-dir`, else `$LIMBER_DATA_DIR`, else `$XDG_DATA_HOME/limber`,
/// else `~/.local/share/limber`. The folder is private (0700).
public enum DataDirectory {
    public static func path(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let dir = environment["LIMBER_DATA_DIR"], !dir.isEmpty { return dir }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/limber" }
        return (environment["HOME"] ?? ".") + "/.local/share/limber"
    }

    /// Creates the folder (and parents) with mode 0700 when missing. An existing folder that
    /// others may write to is made private when it is ours, and refused when it is not: whoever
    /// can write there can swap the history for a link or a FIFO.
    public static func prepare(_ path: String) throws(StoreError) {
        var partial = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o700) != 0, errno != EEXIST {
                throw StoreError.folder(path, String(cString: strerror(errno)))
            }
        }
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw StoreError.folder(path, "not a folder")
        }
        try makePrivate(path, info)
    }

    /// The same check for a folder that is only read (`limber summary`, `status`): an existing
    /// folder others can write to is made private when it is ours and refused when it is not,
    /// since whoever can write there could have swapped the history. A missing one is fine.
    public static func secure(_ path: String) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return }
        try makePrivate(path, info)
    }

    private static func makePrivate(_ path: String, _ info: stat) throws(StoreError) {
        let othersMayWrite = info.st_mode & (S_IWGRP | S_IWOTH) != 0
        guard othersMayWrite else { return }
        // A sticky folder (like /tmp) is shared on purpose: never narrow it, even when ours.
        let shared = info.st_mode & S_ISVTX != 0
        guard info.st_uid == geteuid(), !shared else {
            throw StoreError.folder(path, "other users can write to it and it is not yours to make private")
        }
        guard chmod(path, 0o700) == 0 else {
            throw StoreError.folder(path, "other users can write to it (\(String(cString: strerror(errno))) making it private)")
        }
    }
}
