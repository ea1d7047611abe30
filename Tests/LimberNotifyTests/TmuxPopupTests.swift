import Foundation
import Testing
import LimberCore
import LimberTestSupport
@testable import LimberNotify

/// The tmux channel's own rules, with the tmux command recorded instead of run: one tmux
/// process per prompt (none for the 5-minute reminder), a new one when the prompt comes back
/// after a snooze, and the one command that decides visibility and opens the popup.
@Suite struct TmuxPopupTests {
    final class Started {
        var commands: [[String]] = []
    }

    static func popup(_ started: Started, version: String = "tmux 3.3a") -> TmuxPopup {
        TmuxPopup(pane: "%7", version: TmuxVersion(version)!, prompt: ["env", "limber", "prompt", "--pane", "%7"]) { argv in
            started.commands.append(argv)
            return nil // as if it had already exited: nothing to reap
        }
    }


    @Test func onePopupPerPromptNoneForTheReminderANewOneAfterASnooze() {
        let started = Started()
        let popup = Self.popup(started)
        popup.ring(PromptView.sample(), first: true)
        #expect(started.commands.count == 1)
        popup.ring(PromptView.sample(), first: false) // the overdue reminder
        popup.ring(PromptView.sample(), first: true)  // rung again without a change: still the same prompt
        #expect(started.commands.count == 1)
        popup.update(PromptView.sample(.snoozed))
        popup.ring(PromptView.sample(), first: true)  // back after the snooze: a new prompt
        #expect(started.commands.count == 2)
        popup.end()
        popup.ring(PromptView.sample(), first: true)  // the next prompt
        #expect(started.commands.count == 3)
    }

    /// tmux decides in the same command: `if-shell -F` on a format that looks at the current
    /// window of every session with a client, then the popup at 80% of the client.
    @Test func theOneCommandChecksEverySessionThenOpensThePopup() throws {
        let started = Started()
        Self.popup(started).ring(PromptView.sample(), first: true)
        let command = try #require(started.commands.first)
        #expect(Array(command.prefix(5)) == ["tmux", "if-shell", "-F", "-t", "%7"])
        #expect(command[5] == "#{?" + TmuxPopup.visible("%7") + ",0,1}")
        #expect(command[5].contains("#{S:#{?session_attached,#{P:"))
        #expect(command[5].contains("#{==:#{pane_id},%7}"))
        #expect(command[6].hasPrefix("display-popup -E -w 80% -h 80% -t %7 \""))
        #expect(command[6].contains("'limber' 'prompt' '--pane' '%7'"))
        #expect(command.count == 7)
    }

    @Test func olderTmuxShowsAMessage() throws {
        let started = Started()
        Self.popup(started, version: "tmux 3.1c").ring(PromptView.sample(), first: true)
        let command = try #require(started.commands.first)
        #expect(command[6].hasPrefix("display-message -d 10000 -t %7 \"Limber: Break due"))
    }
}
