#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
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

    public static func write(_ entry: Entry, to path: String) {
        let bytes = ControlProtocol.encode(entry)
        let temporary = path + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let written = bytes.withUnsafeBytes { Glibc_write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if written != bytes.count || rename(temporary, path) != 0 { unlink(temporary) }
    }

    public static func read(_ path: String) -> Entry? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = Glibc_read(fd, &buffer, buffer.count)
        guard count > 0 else { return nil }
        return try? JSONDecoder().decode(Entry.self, from: Data(buffer[0..<count]))
    }
}

#if canImport(Glibc)
private func Glibc_write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { Glibc.write(fd, buffer, count) }
private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Glibc.read(fd, buffer, count) }
#else
private func Glibc_write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { Darwin.write(fd, buffer, count) }
private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Darwin.read(fd, buffer, count) }
#endif
