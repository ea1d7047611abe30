import Foundation
import LimberApp
import LimberControl
import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// `limber prompt` plays a break in a tmux popup from the timer's `watch` answer. Drawn at the
/// pane's size, its player is the pane's own, row for row, at every moment asked: the timer is
/// the one source, the popup only draws what it is given.
@Suite struct PopupMatchesPaneTests {
    static let size = Size(width: 70, height: 22)

    func popup(_ reply: ControlReply?) throws -> Canvas {
        let reply = try #require(reply)
        let place = try #require(reply.place, "watch during a break answers its place")
        let progress = try #require(place.progress(library: Harness.library))
        let context = ScreenContext(size: Self.size, glyphs: .unicode, now: Moment(uptime: 0, wall: Timeline.start))
        return PopupScreen.playing(progress, posture: try #require(reply.status).posture,
                                   pane: PopupScreen.Pane(place: "work:1.0 (limber)", canGo: true), context)
    }

    @Test func thePopupPlaysWhatThePaneShows() throws {
        let h = Harness(TimerSettings(interval: 600, breakLength: 120), size: Self.size)
        #expect(h.ask(.watch, at: 5)?.place == nil, "no break, no place")
        h.input.key(.enter, at: 10)
        for time in [10.5, 14, 33.3, 47.9, 61, 75.25] {
            let canvas = try popup(h.ask(.watch, at: time))
            // The pane's screen for the state that answered (the loop draws no new frame for a
            // request that changed nothing, so its last frame can be a tenth of a second older).
            let pane = Screen.render(h.app.engine.state, ScreenContext(size: Self.size, glyphs: .unicode,
                                                                       now: Moment(uptime: 0, wall: Timeline.start)))
            // Between the header and the rows the pane keeps for notices and key hints.
            let rows = 2..<(Self.size.height - 3)
            #expect(Array(canvas.lines[rows]) == Array(pane.lines[rows]), "at \(time):\n\(canvas.text)\n--- the pane:\n\(pane.text)")
            #expect(rows.allSatisfy { canvas.changedColumns(from: pane, row: $0) == nil }, "styles differ at \(time)")
            #expect(canvas.text.contains("Esc close (the break goes on in limber's pane)"))
        }
    }

    /// Paused in the pane: the popup says so, without the pane's key.
    @Test func aPausedBreakSaysPaused() throws {
        let h = Harness(TimerSettings(interval: 600, breakLength: 120), size: Self.size)
        h.input.key(.enter, at: 10)
        h.input.key(.character(" "), at: 20)
        let canvas = try popup(h.ask(.watch, at: 21))
        #expect(canvas.text.contains("Break, paused in limber's pane"))
        #expect(canvas.text.contains("Paused"))
        #expect(!canvas.text.contains("Space"))
    }
}
