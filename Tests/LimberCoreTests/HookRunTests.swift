import LimberCore
import Testing

/// The pure parts of running hooks: how many at once, what one run may log, when the log turns over.
@Suite struct HookRunTests {
    @Test func atMostFourRunAndEightWaitTheRestAreDropped() {
        var queue = HookQueue<Int>()
        let decisions = (1...13).map { queue.offer($0) }
        #expect(decisions == Array(repeating: .start, count: 4) + Array(repeating: .wait, count: 8) + [.drop])
        #expect(queue.running == 4 && queue.waiting == Array(5...12))
    }

    @Test func aFinishedRunLetsTheFirstWaitingOneStart() {
        var queue = HookQueue<String>(maxRunning: 2, maxWaiting: 2)
        #expect(queue.offer("a") == .start && queue.offer("b") == .start)
        #expect(queue.offer("c") == .wait && queue.offer("d") == .wait && queue.offer("e") == .drop)
        #expect(queue.finished() == "c")
        #expect(queue.running == 2)
        #expect(queue.offer("f") == .wait)
        #expect(queue.finished() == "d" && queue.finished() == "f")
        #expect(queue.finished() == nil && queue.running == 1)
        #expect(queue.finished() == nil && queue.running == 0)
        #expect(queue.finished() == nil && queue.running == 0, "never below zero")
        #expect(queue.offer("g") == .start)
    }

    @Test func waitingRunsAreForgottenOnQuit() {
        var queue = HookQueue<Int>(maxRunning: 1, maxWaiting: 3)
        _ = (1...3).map { queue.offer($0) }
        #expect(queue.removeWaiting() == [2, 3])
        #expect(queue.finished() == nil)
    }

    @Test func oneRunKeepsItsFirst64KBAndCountsTheRest() {
        var output = HookOutput()
        output.append(Array(repeating: UInt8(ascii: "a"), count: 60_000))
        output.append(Array(repeating: UInt8(ascii: "b"), count: 10_000))
        output.append([UInt8(ascii: "c")])
        #expect(output.kept.count == 65_536)
        #expect(output.kept.last == UInt8(ascii: "b"))
        #expect(output.cut == 70_001 - 65_536)
    }

    @Test func anEntryStartsWithTimeHookArgvAndEnding() {
        var output = HookOutput(limit: 5)
        output.append(Array("hello world".utf8))
        let entry = HookLogEntry.bytes(time: "2026-11-27 17:30:12", name: "on_skip",
                                       argv: ["sh", "-c", "echo \"hi\"\u{1B}]2;x\u{07}"], ending: .timedOut(seconds: 10), output: output)
        #expect(String(decoding: entry, as: UTF8.self) == """
        2026-11-27 17:30:12 on_skip ["sh", "-c", "echo \\"hi\\"\\u001b]2;x\\u0007"]: stopped after 10 s
        hello
        [output cut: 6 more bytes not kept]

        """)
        let quiet = HookLogEntry.bytes(time: "t", name: "on_break_due", argv: ["true"], ending: .exited(0), output: HookOutput())
        #expect(String(decoding: quiet, as: UTF8.self) == "t on_break_due [\"true\"]: exit 0\n")
    }

    @Test func endingsSayHowTheRunEndedAndWhichAreFailures() {
        #expect(HookEnding.exited(0).text == "exit 0" && !HookEnding.exited(0).isFailure)
        #expect(HookEnding.exited(2).text == "exit 2" && HookEnding.exited(2).isFailure)
        #expect(HookEnding.signalled(9).text == "killed by signal 9" && HookEnding.signalled(9).isFailure)
        #expect(HookEnding.timedOut(seconds: 10).isFailure)
        #expect(HookEnding.stoppedAtQuit.text == "stopped when limber quit" && !HookEnding.stoppedAtQuit.isFailure)
    }

    @Test func theLogTurnsOverBeforeItPassesOneMegabyte() {
        let limit = HookLogRotation.limit
        #expect(limit == 1_048_576)
        #expect(!HookLogRotation.needsRotation(currentSize: 0, adding: 70_000))
        #expect(!HookLogRotation.needsRotation(currentSize: limit - 100, adding: 100))
        #expect(HookLogRotation.needsRotation(currentSize: limit - 100, adding: 101))
        #expect(HookLogRotation.needsRotation(currentSize: 5 * limit, adding: 1))
        #expect(!HookLogRotation.needsRotation(currentSize: 0, adding: 2 * limit), "an empty log takes any entry")
    }
}
