import Foundation
import LimberCore
import Testing
@testable import LimberStore

/// The recovery journal is written by `JSONValue` and read by `JSONReader` now; a journal an
/// older limber wrote with JSONEncoder (the bytes below are its output) must still be read.
@Suite struct JournalFormatTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000.25)

    /// Every field set, a text needing escapes, fractions of a second.
    static let journal = RecoveryJournal(
        events: [HistoryEvent(at: t0, kind: .posture, posture: .standing),
                 HistoryEvent(at: t0 + 61.5, kind: .exercise, seconds: 42.125, name: "cat-cow \"\u{fc}\"\n", result: .partial,
                              sides: "left,right"),
                 HistoryEvent(at: t0 + 70, kind: .stretchEnd, posture: .sitting, seconds: 3000, result: .long),
                 HistoryEvent(at: t0 + 75, kind: .quit)],
        spans: [Span(activity: .standing, start: t0, seconds: 5), Span(activity: .away, start: t0 + 5, seconds: 0.001)],
        session: SessionSnapshot(pid: 4242, updated: t0 + 75, state: .due, posture: .sitting, stretchSeconds: 3000.5,
                                 interval: 2700, breakRemaining: 12.5,
                                 openSpan: Span(activity: .sitting, start: t0 + 70, seconds: 5), running: true))

    /// `JSONEncoder().encode(journal)` by limber before this change (keys in its own order).
    static let writtenByJSONEncoder = #"{"spans":[{"seconds":5,"activity":"standing","start":816692800.25},{"seconds":0.001,"activity":"away","start":816692805.25}],"session":{"state":"due","running":true,"stretchSeconds":3000.5,"pid":4242,"breakRemaining":12.5,"interval":2700,"openSpan":{"seconds":5,"activity":"sitting","start":816692870.25},"posture":"sitting","updated":816692875.25},"events":[{"posture":"standing","at":816692800.25,"kind":"posture"},{"seconds":42.125,"result":"partial","sides":"left,right","at":816692861.75,"kind":"exercise","name":"cat-cow \"ü\"\n"},{"seconds":3000,"posture":"sitting","result":"long","at":816692870.25,"kind":"stretch_end"},{"at":816692875.25,"kind":"quit"}]}"#
    static let writtenByJSONEncoderWithoutSession = #"{"events":[],"spans":[{"start":816692800.25,"seconds":1,"activity":"sitting"}]}"#

    @Test func aJournalAnOlderLimberWroteIsRead() throws {
        let folder = TempFolder()
        try Data(Self.writtenByJSONEncoder.utf8).write(to: URL(fileURLWithPath: folder.file("recovery.journal")))
        let found = RecoveryJournal.find(folder: folder.path, stateFolder: nil)
        #expect(found.problems.isEmpty)
        #expect(found.journal == Self.journal)
        let bare = try #require(JSONReader.value(Array(Self.writtenByJSONEncoderWithoutSession.utf8)).flatMap(RecoveryJournal.init(json:)))
        #expect(bare == RecoveryJournal(events: [], spans: [Span(activity: .sitting, start: Self.t0, seconds: 1)], session: nil))
    }

    @Test func whatIsWrittenIsReadBackTheSame() throws {
        let folder = TempFolder()
        _ = try #require(Self.journal.keep(folder: folder.path, stateFolder: nil))
        #expect(RecoveryJournal.find(folder: folder.path, stateFolder: nil).journal == Self.journal)
        // The same shape as before: the keys JSONEncoder wrote, times since 2001.
        let text = Self.journal.json.text()
        #expect(text.hasPrefix(#"{"events":[{"at":816692800.25,"kind":"posture","posture":"standing"}"#))
        #expect(text.contains(#""session":{"pid":4242,"updated":816692875.25,"state":"due""#))
    }

    /// A field of the wrong type, a missing one, an unknown kind: the journal is not read (and
    /// left where it is), as JSONDecoder refused it.
    @Test(arguments: [
        #"{"events":[{"at":"yesterday","kind":"quit"}],"spans":[]}"#,
        #"{"events":[{"kind":"quit"}],"spans":[]}"#,
        #"{"events":[{"at":1,"kind":"dance"}],"spans":[]}"#,
        #"{"events":[{"at":1,"kind":"quit","posture":7}],"spans":[]}"#,
        #"{"events":[],"spans":[{"activity":"sitting","start":1}]}"#,
        #"{"events":[],"spans":[],"session":{"pid":1.5}}"#,
        #"{"spans":[]}"#,
        #"[]"#,
        #"{"events":[],"spans":[]} x"#,
    ])
    func aJournalThatIsNotOneIsNotRead(text: String) throws {
        let folder = TempFolder()
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.file("recovery.journal")))
        let found = RecoveryJournal.find(folder: folder.path, stateFolder: nil)
        #expect(found.journal.isEmpty && found.paths.isEmpty)
        #expect(found.problems.count == 1)
    }

    /// JSONDecoder read a null as a field left out.
    @Test func aNullIsAFieldLeftOut() throws {
        let text = #"{"events":[{"at":1,"kind":"quit","posture":null}],"spans":[],"session":null}"#
        let journal = try #require(JSONReader.value(Array(text.utf8)).flatMap(RecoveryJournal.init(json:)))
        #expect(journal.events == [HistoryEvent(at: Date(timeIntervalSinceReferenceDate: 1), kind: .quit)])
        #expect(journal.session == nil)
    }
}
