#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore

/// The last input across the person's own terminals: the access time of their tty devices,
/// which the kernel moves when a program reads typed input (what `w` shows as IDLE). This
/// covers tmux panes, plain terminals and SSH sessions. A stat() per device every few
/// seconds; nothing is spawned and nothing is read from the devices.
public final class TerminalProbe: PresenceSource {
    public let kind = PresenceSourceKind.terminal
    public let descriptor: Int32? = nil
    public private(set) var nextCheck: Double? = -.infinity
    private let folders: [String]
    private let owner: uid_t
    private let interval: Double
    /// The newest access time reported so far (wall seconds).
    private var reported = -Double.infinity

    /// Where terminal devices live on this system.
    public static var systemFolders: [String] {
        #if os(macOS)
        ["/dev"]
        #else
        ["/dev/pts", "/dev"]
        #endif
    }

    /// - Parameters:
    ///   - folders: device folders to look in (tests pass a folder of fake files).
    ///   - owner: only devices owned by this user count.
    ///   - interval: seconds between looks (Linux moves a tty's access time at most every 8 s).
    public init(folders: [String] = TerminalProbe.systemFolders, owner: uid_t = getuid(), interval: Double = 15) {
        self.folders = folders
        self.owner = owner
        self.interval = interval
    }

    /// Why this source cannot work here, if it cannot.
    public var offReason: String? {
        folders.contains { access($0, R_OK | X_OK) == 0 } ? nil : "no terminal devices in \(folders.joined(separator: ", "))"
    }

    public func check(at now: Moment) -> [PresenceSignal] {
        nextCheck = now.uptime + interval
        guard let newest = newestInput(notAfter: now.wall.timeIntervalSince1970), newest > reported else { return [] }
        reported = newest
        let ago = max(0, now.wall.timeIntervalSince1970 - newest)
        return [.activity(at: now.uptime - ago)]
    }

    /// Access times this far past the clock are the clock's own jitter, taken as now; a tty
    /// further in the future (`touch -a -d 2099-01-01`) gives no reading at all: a device
    /// cannot have been used after now, and believing it would hide every other terminal.
    static let futureTolerance = 2.0

    /// The newest access time (wall seconds) of the owner's terminals, if any, none later than
    /// `now`.
    public func newestInput(notAfter now: Double = .infinity) -> Double? {
        var newest: Double?
        for folder in folders {
            guard let dir = opendir(folder) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                // /dev has a few hundred entries: the name is checked in place, and a String
                // (and a stat) is made only for a terminal's.
                let name = withUnsafePointer(to: &entry.pointee.d_name) {
                    $0.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { chars -> String? in
                        Self.isTerminalName(UnsafeBufferPointer(start: chars, count: strlen(UnsafeRawPointer(chars).assumingMemoryBound(to: CChar.self))))
                            ? String(cString: chars) : nil
                    }
                }
                guard let name, var time = accessTime(folder + "/" + name) else { continue }
                if time > now {
                    guard time - now <= Self.futureTolerance else { continue }
                    time = now
                }
                newest = max(newest ?? time, time)
            }
        }
        return newest
    }

    /// `0`…`N` (pseudo-terminals), `ttyN` (Linux consoles), `ttysNNN` (macOS).
    static func isTerminalName(_ name: String) -> Bool {
        isTerminalName(Array(name.utf8))
    }

    static func isTerminalName<Name: Collection<UInt8>>(_ name: Name) -> Bool {
        var digits = name[...]
        if digits.starts(with: "ttys".utf8) {
            digits = digits.dropFirst(4)
        } else if digits.starts(with: "tty".utf8) {
            digits = digits.dropFirst(3)
        }
        return !digits.isEmpty && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// The access time of a device the owner has, following a link (tests link to real ptys).
    private func accessTime(_ path: String) -> Double? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_uid == owner, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        #if os(macOS)
        let time = info.st_atimespec
        #else
        let time = info.st_atim
        #endif
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
