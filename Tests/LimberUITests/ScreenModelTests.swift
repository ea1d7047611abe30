import LimberCore
import LimberTestSupport
import Testing
@testable import LimberUI

/// Which screen is on top, as values: `?`, `d` and Esc in every order.
@Suite struct ScreenModelTests {
    static let today = LocalDay(year: 2026, month: 11, day: 18)

    static func world(_ t: Timeline = Timeline(TimerSettings(interval: 600))) -> ScreenModel.World {
        ScreenModel.World(state: t.state, now: t.moment(t.now), today: today)
    }

    static func press(_ keys: [Key], from model: ScreenModel = ScreenModel()) -> ScreenModel {
        keys.reduce(model) { ScreenModel.update($0, .key($1), world()).0 }
    }

    /// Every sequence of up to four of the keys: the help box is never hidden under the
    /// summary, and Esc closes what is on top.
    @Test func questionMarkDAndEscapeInEveryOrder() {
        let keys: [Key] = [.character("?"), .character("d"), .escape]
        var sequences: [[Key]] = [[]], frontier: [[Key]] = [[]]
        for _ in 0..<4 {
            frontier = frontier.flatMap { sequence in keys.map { sequence + [$0] } }
            sequences += frontier
        }
        #expect(sequences.count == 1 + 3 + 9 + 27 + 81)
        for sequence in sequences {
            let before = Self.press(sequence)
            #expect(!(before.helpShowing && before.summaryDay != nil), "\(sequence): help hidden under the summary")
            let after = Self.press([.escape], from: before)
            if before.summaryDay != nil {
                #expect(after.summaryDay == nil && !after.helpShowing, "\(sequence) then Esc")
            } else {
                #expect(!after.helpShowing, "\(sequence) then Esc leaves the help")
            }
        }
    }

    /// The review's case: `?` then `d`, then one Esc is back at the timer.
    @Test func helpThenSummaryThenEscapeIsTheTimer() {
        let open = Self.press([.character("?"), .character("d")])
        #expect(open.summaryDay == Self.today && !open.helpShowing)
        let back = Self.press([.escape], from: open)
        #expect(back == ScreenModel())
    }

    /// The summary asks for its figures; it never goes past today; a prompt takes the screen back.
    @Test func theSummaryLoadsItsDaysAndGivesWayToAPrompt() {
        var (model, commands) = ScreenModel.update(ScreenModel(), .key(.character("d")), Self.world())
        #expect(commands == [.loadSummary(Self.today)])
        (model, commands) = ScreenModel.update(model, .key(.right), Self.world())
        #expect(model.summaryDay == Self.today && commands.isEmpty)
        (model, commands) = ScreenModel.update(model, .key(.left), Self.world())
        #expect(model.summaryDay == Self.today.adding(days: -1) && commands == [.loadSummary(Self.today.adding(days: -1))])
        var due = Timeline(TimerSettings(interval: 60))
        due.at(61)
        #expect(due.state.isDue)
        (model, _) = ScreenModel.update(model, .tick, Self.world(due))
        #expect(model.summaryDay == nil)
    }

    /// A notice lasts its time, then goes on the next tick; keys that do nothing say why.
    @Test func noticesExpireAndExplain() {
        var t = Timeline(TimerSettings(interval: 600))
        var (model, _) = ScreenModel.update(ScreenModel(), .key(.character(" ")), Self.world(t))
        #expect(model.notice?.text == "No break is due: Enter starts one")
        t.at(2)
        (model, _) = ScreenModel.update(model, .tick, Self.world(t))
        #expect(model.notice != nil)
        t.at(4)
        (model, _) = ScreenModel.update(model, .tick, Self.world(t))
        #expect(model.notice == nil)
    }

    /// The `d` screen says the history could not be read instead of showing zeros.
    @Test func theSummaryScreenShowsAHistoryProblem() {
        let day = DayTotals(day: Self.today)
        let t = Timeline()
        let model = SummaryModel(day: day, week: [day], spans: [], dayStart: t.moment(0).wall, dayEnd: t.moment(86_400).wall,
                                 isToday: true, goal: 7200, names: [:], problem: "history.db: database disk image is malformed")
        let canvas = SummaryScreen.render(model, ScreenContext(size: Size(width: 80, height: 24), glyphs: .unicode, now: t.moment(0)))
        #expect(canvas.text.contains("Could not read the history: history.db: database disk image is malformed"), "\(canvas.text)")
    }
}
