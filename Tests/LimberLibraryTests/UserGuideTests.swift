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
        for placeholder in ["{state}", "{posture}", "{remaining}", "{elapsed}", "{today_sitting}", "{today_standing}"] {
            #expect(guide.contains(placeholder))
        }
    }
}
