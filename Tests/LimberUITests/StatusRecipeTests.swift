import Foundation
import LimberCore
import Testing
@testable import LimberUI

/// Every `status --format` recipe in the README, the user guide and the man page reads right in
/// every state: it names the state the timer is in (a recipe once said `sitting 0:25 · 2:04`
/// during a break).
@Suite struct StatusRecipeTests {
    static func read(_ path: String) -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// The templates given to `--format` in the docs.
    static func recipes() throws -> [String] {
        let pattern = try Regex(#"status --format ["']([^"']*)["']"#)
        return ["README.md", "docs/USER-GUIDE.md", "docs/limber.1"].flatMap { file in
            read(file).matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }
        }
    }

    /// One status per state, with every figure that state has.
    static func statuses() -> [LiveStatus] {
        LiveState.allCases.map { state in
            var status = LiveStatus(state: state, posture: .sitting, elapsed: 754, remaining: 1946, todaySitting: 3600, todayStanding: 65)
            switch state {
            case .due: status.remaining = -65
            case .snoozed: status.snoozeRemaining = 170
            case .onBreak, .breakPaused: status.breakRemaining = 83
            case .paused: status.pausedFor = 5
            case .away: status.awayFor = 120
            case .outsideHours: status.promptsResume = ActiveHours.Opening(daysAhead: 2, weekday: 1, minute: 540)
            case .working, .stopped: break
            }
            return status
        }
    }

    @Test func theDocumentedRecipesReadRightInEveryState() throws {
        let recipes = try Self.recipes()
        #expect(recipes.count >= 2, "found \(recipes)")
        for recipe in recipes {
            #expect(StatusLine.unknownPlaceholder(in: recipe) == nil, "\(recipe)")
            for status in Self.statuses() {
                let line = StatusLine.render(recipe, status)
                // In the words the screen uses, or by the state's own name (`{state}`).
                #expect(line.lowercased().contains(ViewsAgreeTests.word(status.state)) || line.contains(status.state.rawValue),
                        "'\(recipe)' reads '\(line)' when the timer is \(status.state.rawValue)")
                #expect(!line.contains("{") && !line.hasSuffix(" "), "'\(recipe)' leaves '\(line)'")
            }
        }
    }
}
