#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore

/// What a run could not write to the history before it quit (a full disk, a file size limit):
/// kept in a small file and written to the history at the next start, so no event is lost
/// silently. Beside the database first; where that is refused too (the same full disk), in
/// the state folder (`$XDG_STATE_HOME/limber`), named after the data folder.
public struct RecoveryJournal: Sendable, Equatable {
    public var events: [HistoryEvent]
    public var spans: [Span]
    /// The session as of the quit, which the database may not have either: the next start plans
    /// its recovery from this one, so nothing is counted twice.
    public var session: SessionSnapshot?

    public init(events: [HistoryEvent], spans: [Span], session: SessionSnapshot?) {
        self.events = events
        self.spans = spans
        self.session = session
    }

    public var isEmpty: Bool { events.isEmpty && spans.isEmpty }

    /// Room for every entry the recorder keeps in memory (`HistoryRecorder.maxPending` each).
    static let sizeLimit = 16 * 1024 * 1024

    /// Where a journal for `folder` may be, in the order they are tried.
    public static func places(folder: String, stateFolder: String?) -> [String] {
        [folder + "/recovery.journal"] + (stateFolder.map { ["\($0)/recovery-\(fnv(canonical(folder))).journal"] } ?? [])
    }

    /// Writes the journal to the first place that takes it whole; the path, or nil when none did.
    public func keep(folder: String, stateFolder: String?) -> String? {
        let bytes = Array(json.text().utf8)
        for path in Self.places(folder: folder, stateFolder: stateFolder) where Self.write(bytes, to: path) {
            // One journal only: an older one elsewhere holds a subset of this one.
            for other in Self.places(folder: folder, stateFolder: stateFolder) where other != path { unlink(other) }
            return path
        }
        return nil
    }

    /// The journals left for `folder`, merged, with their paths (to remove once written). A
    /// journal that is not one (damaged, out of range, a FIFO) is left where it is and named.
    public static func find(folder: String, stateFolder: String?) -> (journal: RecoveryJournal, paths: [String], problems: [String]) {
        var merged = RecoveryJournal(events: [], spans: [], session: nil)
        var paths: [String] = [], problems: [String] = []
        for path in places(folder: folder, stateFolder: stateFolder) {
            let bytes: [UInt8]
            do {
                bytes = try SafeFile.read(path, limit: sizeLimit)
            } catch .missing {
                continue
            } catch {
                problems.append("\(error)")
                continue
            }
            guard let journal = JSONReader.value(bytes).flatMap(RecoveryJournal.init(json:)), journal.inRange else {
                problems.append("\(path) is not a recovery journal limber can read; it was left untouched")
                continue
            }
            merged.events += journal.events
            merged.spans += journal.spans
            if merged.session.map({ $0.updated < (journal.session?.updated ?? .distantPast) }) ?? true {
                merged.session = journal.session ?? merged.session
            }
            paths.append(path)
        }
        return (merged, paths, problems)
    }

    /// Every time a finite instant and every length finite and not negative.
    var inRange: Bool {
        let instants = events.map(\.at) + spans.map(\.start) + (session.map { [$0.updated] } ?? [])
        let lengths = events.compactMap(\.seconds) + spans.map(\.seconds)
            + (session.map { [$0.stretchSeconds, $0.interval] } ?? [])
        return instants.allSatisfy { $0.timeIntervalSince1970.isFinite }
            && lengths.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 366 * 86_400 }
            && events.count <= 2 * HistoryRecorder.maxPending && spans.count <= 2 * HistoryRecorder.maxPending
    }

    /// A fresh file (never through a link), flushed to disk, then renamed into place.
    private static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !folder.isEmpty, (try? DataDirectory.prepare(folder)) == nil { return false }
        let temporary = path + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { break }
            offset += written
        }
        let synced = offset == bytes.count && fsync(fd) == 0
        close(fd)
        guard synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// 64-bit FNV-1a as hex: a short, stable file name per data folder.
    private static func fnv(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}

#if canImport(Glibc)
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { Glibc.write(fd, buffer, count) }
#else
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { Darwin.write(fd, buffer, count) }
#endif
