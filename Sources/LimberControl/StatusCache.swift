#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore

/// The last status a timer answered, kept by `limber status` so that a timer that stops
/// answering still gives a line ("… · not responding"), never a blank or a hang.
///
/// Written to a fresh file (O_EXCL, O_NOFOLLOW) then renamed over the old one: a symlink
/// planted at the path is replaced, never written through.
public enum StatusCache {
    public struct Entry: Codable, Equatable, Sendable {
        /// When it was answered (seconds since 1970).
        public var saved: Double
        public var status: LiveStatus

        public init(saved: Double, status: LiveStatus) {
            self.saved = saved
            self.status = status
        }

        /// The line to show for a timer that stopped answering: the last one, or `away` once the
        /// silence reaches the timer's away-after (that time will count as away when it wakes).
        public func lastKnown(at now: Double) -> LiveStatus? {
            guard status.state != .stopped else { return nil }
            var shown = status
            if now - saved >= status.awayAfter { shown.state = .away }
            return shown
        }
    }

    /// A cache is one short line; anything longer is not one.
    public static let sizeLimit = 8 * 1024

    public static func write(_ entry: Entry, to path: String) {
        // Never into a folder someone else can write to (nor through a link to one).
        guard SafeFile.untrustedFolder(folder(of: path)) == nil else { return }
        let bytes = ControlProtocol.encode(entry)
        let temporary = path + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let written = bytes.withUnsafeBytes { Glibc_write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if written != bytes.count || rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// The cached entry, or nil. Read like any file limber did not write itself (`SafeFile`:
    /// a FIFO planted there is refused at once, not waited on), only from a folder that is
    /// this user's alone, and checked for range: a cache that is not a valid entry is removed,
    /// so one bad file cannot spoil every later status line.
    public static func read(_ path: String) -> Entry? {
        guard SafeFile.untrustedFolder(folder(of: path)) == nil else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try SafeFile.read(path, limit: sizeLimit)
        } catch .missing {
            return nil
        } catch {
            unlink(path)
            return nil
        }
        guard let entry = try? JSONDecoder().decode(Entry.self, from: Data(bytes)), entry.status.checked != nil,
              entry.saved.isFinite else {
            unlink(path)
            return nil
        }
        return entry
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

#if canImport(Glibc)
private func Glibc_write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { Glibc.write(fd, buffer, count) }
#else
private func Glibc_write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { Darwin.write(fd, buffer, count) }
#endif
