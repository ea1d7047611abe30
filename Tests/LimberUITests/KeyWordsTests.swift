import LimberCore
import LimberTestSupport
import Testing
@testable import LimberUI

/// Every "<key> <verb>" phrase on a screen comes from the key table: on random timelines, each
/// screen at two sizes is cut into its parts, and every part that starts with a key's name must
/// be that key's phrase now, for a key that does something now.
@Suite struct KeyWordsTests {
    static let tables = [KeyTable.main, .duringBreak, .practice]
    static let names = Set(tables.flatMap { $0.bindings.map(\.name) })

    /// The parts of a screen's text: its lines cut at separators and colons, spaces squeezed.
    static func parts(_ text: String) -> [String] {
        text.split(separator: "\n").flatMap { line in
            line.split(separator: "·").flatMap { $0.split(separator: ":") }.map { part in
                part.split(separator: " ").joined(separator: " ")
            }
        }
    }

    /// The number of phrases checked, or nil after a wrong one.
    static func check(_ canvas: Canvas, _ state: TimerState, _ where: String) -> Int? {
        let table = KeyTable.current(state, summaryOpen: false)
        var checked = 0
        for part in parts(canvas.text) {
            guard let name = names.first(where: { part.hasPrefix($0 + " ") }) else { continue }
            checked += 1
            let binding = table.bindings.first { $0.name == name }
            let action = binding?.keys.first.flatMap { table.action(for: $0, in: state) }
            if binding?.phrase(state) != part || action == nil {
                Issue.record("\(`where`): '\(part)' is not what \(name) does now (\(binding?.phrase(state) ?? "no binding"))\n\(canvas.text)")
                return nil
            }
        }
        return checked
    }

    @Test func everyKeyPhraseOnScreenIsTheTables() {
        var random = Seeded(state: 7)
        let settings = TimerSettings(interval: 40, snooze: 10, latest: 90, awayAfter: 30, breakLength: 20)
        var t = Timeline(settings, library: ScreenFixtures.library)
        var seen: Set<LiveState> = []
        var phrases = 0
        for step in 0..<300 {
            let event = t.state.breakProgress != nil && random.chance(30) ? .toggleBreakPause : random.pick(ViewsAgreeTests.events)
            t.at(t.now + random.pick([0.5, 1, 3, 9, 40]), random.chance(40) ? event : .tick)
            seen.insert(t.state.liveState)
            for size in [Size(width: 80, height: 24), Size(width: 40, height: 12)] {
                let canvas = ScreenFixtures.render(t, size)
                guard let checked = Self.check(canvas, t.state, "step \(step) at \(size.width)x\(size.height)") else { return }
                phrases += checked
            }
        }
        #expect(seen.isSuperset(of: [.working, .due, .snoozed, .onBreak, .breakPaused, .paused, .away]), "\(seen)")
        #expect(phrases > 1000, "only \(phrases) phrases seen")
    }

    /// The prompt names snooze once: in its choices, not again in the footer.
    @Test func thePromptNamesEachChoiceOnce() {
        let text = ScreenFixtures.render(ScreenFixtures.due(), Size(width: 80, height: 24)).text
        for phrase in ["Enter", "z", "x"] {
            #expect(text.components(separatedBy: "\n").filter { $0.contains(" \(phrase) ") || $0.hasPrefix(phrase) }.count <= 1,
                    "\(phrase):\n\(text)")
        }
        #expect(text.contains("z      snooze 5m"))
    }
}
