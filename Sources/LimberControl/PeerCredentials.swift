#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The user at the other end of a connected Unix socket, from the kernel (not from anything
/// the peer says): SO_PEERCRED on Linux, getpeereid on macOS.
public enum PeerCredentials {
    public static func uid(of descriptor: Int32) -> uid_t? {
        #if os(Linux)
        var credentials = LinuxCredentials()
        var length = socklen_t(MemoryLayout<LinuxCredentials>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 else { return nil }
        return credentials.uid
        #else
        var uid: uid_t = 0, gid: gid_t = 0
        guard getpeereid(descriptor, &uid, &gid) == 0 else { return nil }
        return uid
        #endif
    }
}

#if os(Linux)
/// glibc's `struct ucred` (pid, uid, gid), which Swift does not see without _GNU_SOURCE.
private struct LinuxCredentials {
    var pid: pid_t = 0
    var uid: uid_t = 0
    var gid: gid_t = 0
}
#endif
