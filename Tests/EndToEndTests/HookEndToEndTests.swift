import Foundation
import Testing

/// Hooks in the real binary: the log's cap and entry headers, process groups, quitting.
@Suite struct HookEndToEndTests {
    static func logPath(_ pane: TmuxPane) -> String { pane.home.path + "/state/limber/hooks.log" }

    static func read(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    /// Gone, or a zombie nobody has reaped yet (the test machine's init may not reap).
    static func gone(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return true }
        let stat = read("/proc/\(pid)/stat")
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    static func pid(in path: String) -> Int32? {
        Int32(read(path).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// One run adds at most 64 KB and a line saying how much was cut; a log near 1 MB is moved
    /// to hooks.log.1 first; every entry starts with the time, the hook, its argv and its end.
    @Test func theLogIsCappedAndEachEntryHasAHeader() throws {
        let pane = try PromptingEndToEndTests.pane(config: """
        interval = "2s"
        latest = "10m"

        [hooks]
        on_break_due = ["/bin/sh", "-c", "yes limber-hook-output | head -c 200000"]
        """)
        let log = Self.logPath(pane)
        try FileManager.default.createDirectory(atPath: pane.home.path + "/state/limber", withIntermediateDirectories: true)
        let filler = String(repeating: "old output\n", count: 95_000)
        try filler.write(toFile: log, atomically: false, encoding: .utf8)
        pane.waitFor("Break due")
        pane.waitFor("the hook's log entry", timeout: 20) { _ in Self.read(log).contains("[output cut:") }
        let entry = Self.read(log)
        let lines = entry.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.range(of: #"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d on_break_due \["/bin/sh", "-c", "yes limber-hook-output \| head -c 200000"\]: exit 0$"#,
                                   options: .regularExpression) != nil, "header: \(lines.first ?? "")")
        #expect(entry.hasSuffix("[output cut: \(200_000 - 65_536) more bytes not kept]\n"))
        #expect(entry.utf8.count < 65_536 + 300)
        #expect(Self.read(log + ".1") == filler, "the full log was rotated")
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// limber ignores SIGPIPE and blocks nothing, but a hook starts as from a shell: no signal
    /// ignored or blocked (`yes | head` must end by SIGPIPE, not loop on write errors).
    @Test func hooksStartWithDefaultSignals() throws {
        let pane = try PromptingEndToEndTests.pane(config: """
        interval = "2s"
        latest = "10m"

        [hooks]
        on_break_due = ["grep", "-E", "^Sig(Ign|Blk):", "/proc/self/status"]
        """)
        pane.waitFor("Break due")
        let log = Self.logPath(pane)
        pane.waitFor("the hook's log entry") { _ in Self.read(log).contains("SigBlk") }
        // Signals 1–31. (glibc's posix_spawn leaves its two internal signals, 32 and 33, ignored.)
        for field in ["SigIgn", "SigBlk"] {
            let line = Self.read(log).split(separator: "\n").first { $0.hasPrefix(field + ":") }
            let mask = line.flatMap { UInt64($0.dropFirst(field.count + 1).trimmingCharacters(in: .whitespaces), radix: 16) }
            #expect(mask.map { $0 & 0x7FFF_FFFF } == 0, "\(field): \(line ?? "missing")")
        }
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// A symlink at hooks.log is refused with a warning naming it; its target is untouched.
    @Test func aSymlinkedLogIsRefused() throws {
        let pane = try PromptingEndToEndTests.pane(config: """
        interval = "2s"
        latest = "10m"

        [hooks]
        on_break_due = ["echo", "hello"]
        """, width: 200)
        let target = pane.home.path + "/elsewhere.txt"
        try "precious\n".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: pane.home.path + "/state/limber", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: Self.logPath(pane), withDestinationPath: target)
        pane.waitFor("Break due")
        pane.waitFor("is a symbolic link")
        #expect(Self.read(target) == "precious\n")
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// The 10 s timeout kills the hook's whole process group, background children included;
    /// a hook that exits takes what it left in its group with it.
    @Test func aHooksProcessGroupIsKilled() throws {
        let pane = try PromptingEndToEndTests.pane(config: """
        interval = "2s"
        latest = "10m"
        notify = "command"
        notify_command = ["/bin/sh", "-c", "sleep 100 & echo $! > HOME/left.pid"]

        [hooks]
        on_break_due = ["/bin/sh", "-c", "echo $$ > HOME/leader.pid; sleep 100 & echo $! > HOME/child.pid; sleep 100"]
        """)
        let home = try #require(PromptingEndToEndTests.configHome(pane))
        pane.waitFor("Break due")
        pane.waitFor("the pid files") { _ in
            [home + "/leader.pid", home + "/child.pid", home + "/left.pid"].allSatisfy { Self.pid(in: $0) != nil }
        }
        let left = try #require(Self.pid(in: home + "/left.pid"))
        pane.waitFor("the notify command's background child to go") { _ in Self.gone(left) }
        let leader = try #require(Self.pid(in: home + "/leader.pid")), child = try #require(Self.pid(in: home + "/child.pid"))
        #expect(!Self.gone(leader) && !Self.gone(child))
        pane.waitFor("Warning: on_break_due was stopped after 10 s", timeout: 25)
        pane.waitFor("the hook and its child to go") { _ in Self.gone(leader) && Self.gone(child) }
        #expect(Self.read(Self.logPath(pane)).contains("on_break_due [\"/bin/sh\", \"-c\", \"echo $$ > "))
        #expect(Self.read(Self.logPath(pane)).contains("]: stopped after 10 s\n"))
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// Quitting sends SIGTERM to running hooks' groups, then SIGKILL after a second to those
    /// that ignore it; the quit does not wait for them.
    @Test func quittingStopsRunningHooks() throws {
        let pane = try PromptingEndToEndTests.pane(config: """
        interval = "2s"
        latest = "10m"
        notify = "command"
        notify_command = ["/bin/sh", "-c", "trap '' TERM; echo $$ > HOME/stubborn.pid; while :; do sleep 1; done"]

        [hooks]
        on_break_due = ["/bin/sh", "-c", "trap 'echo got TERM > HOME/term; exit 0' TERM; echo $$ > HOME/polite.pid; sleep 100 & wait"]
        """)
        let home = try #require(PromptingEndToEndTests.configHome(pane))
        pane.waitFor("Break due")
        pane.waitFor("the pid files") { _ in Self.pid(in: home + "/stubborn.pid") != nil && Self.pid(in: home + "/polite.pid") != nil }
        let stubborn = try #require(Self.pid(in: home + "/stubborn.pid"))
        try pane.send("q")
        pane.expectExitedAndRestored()
        #expect(Self.read(home + "/term") == "got TERM\n")
        pane.waitFor("the hook that ignores SIGTERM to go") { _ in Self.gone(stubborn) }
        let log = Self.read(Self.logPath(pane))
        #expect(log.contains("on_break_due [\"/bin/sh\", \"-c\", \"trap 'echo got TERM"))
        #expect(log.components(separatedBy: "]: stopped when limber quit\n").count == 3, "log:\n\(log)")
    }
}
