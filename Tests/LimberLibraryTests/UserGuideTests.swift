import Foundation
import LimberCore
import Testing
@testable import LimberLibrary

/// The user guide and the man page name every setting, flag and hook.
@Suite struct UserGuideTests {
    static func read(_ path: String) -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    @Test func everySettingAndHookIsDocumented() {
        let guide = Self.read("docs/USER-GUIDE.md")
        let manual = Self.read("docs/limber.1").replacingOccurrences(of: "\\-", with: "-").replacingOccurrences(of: "\\_", with: "_")
        for key in SettingKey.allCases {
            #expect(guide.contains("`\(key.rawValue)`"), "guide: \(key.rawValue)")
            #expect(manual.contains(key.rawValue), "man page: \(key.rawValue)")
            if let flag = key.flag { #expect(manual.contains(flag), "man page: \(flag)") }
        }
        for hook in HookEvent.allCases {
            #expect(guide.contains(hook.rawValue))
            #expect(manual.contains(hook.rawValue))
        }
        for placeholder in StatusField.placeholders {
            #expect(guide.contains("{\(placeholder)}"), "guide: {\(placeholder)}")
            #expect(manual.contains("{\(placeholder)}"), "man page: {\(placeholder)}")
        }
        // The state names scripts see, and the JSON keys of `limber status --json`.
        for state in LiveState.allCases {
            #expect(guide.contains("`\(state.rawValue)`"), "guide: state \(state.rawValue)")
            #expect(manual.contains(state.rawValue), "man page: state \(state.rawValue)")
        }
        for key in ["responding"] + StatusField.all.compactMap(\.jsonKey) {
            #expect(guide.contains("`\(key)`"), "guide: json key \(key)")
            #expect(manual.contains(key), "man page: json key \(key)")
        }
        for command in ["break", "snooze", "skip", "pause", "resume", "sit", "stand", "away", "back"] {
            #expect(guide.contains("limber \(command)") || guide.contains("`\(command)`"), "guide: \(command)")
            #expect(manual.contains(command), "man page: \(command)")
        }
    }
}
