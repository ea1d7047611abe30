import Foundation
import LimberCommands
import LimberCore
import LimberLibrary
import Testing

/// `limber config` and `limber exercises list`: aligned columns, and text from files escaped
/// before any terminal sees it.
@Suite struct TablesTests {
    @Test func theConfigTableSaysEachValueAndWhereItCameFrom() throws {
        let file = ("/home/me/config.toml", Array("interval = \"50m\"\nnotify_command = [\"say\", \"\\u001b[31mhi\"]\n".utf8))
        let resolved = try SettingsResolver.resolve(fileBytes: file, flags: [.snooze: "10m"], home: "/home/me")
        let lines = ConfigTable.text(resolved, dataFolder: "/data").split(separator: "\n").map(String.init)
        let interval = try #require(lines.first { $0.hasPrefix("interval ") })
        #expect(interval.hasSuffix("/home/me/config.toml:1"))
        #expect(interval.contains(" 50m "))
        #expect(lines.first { $0.hasPrefix("snooze ") }?.hasSuffix("command line (--snooze)") == true)
        #expect(lines.first { $0.hasPrefix("data_dir ") }?.contains(" /data ") == true)
        // The escape from the file reaches the terminal as text.
        #expect(!lines.joined().contains("\u{1B}"))
        // Every row's value starts in the same column.
        let column = interval.distance(from: interval.startIndex, to: try #require(interval.range(of: "50m")).lowerBound)
        let snooze = try #require(lines.first { $0.hasPrefix("snooze ") })
        #expect(snooze.distance(from: snooze.startIndex, to: try #require(snooze.range(of: "10m")).lowerBound) == column)
        #expect(lines.contains { $0.hasPrefix("hooks.") && $0.contains("(none)") })
    }

    @Test func theExerciseTableHasAHeaderAndARowEach() {
        let library = ExerciseLibrary.load(userDirectory: nil)
        let lines = ExerciseTable.text(library.exercises).split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.count == library.exercises.count + 1)
        let name = lines[0].range(of: "NAME")!.lowerBound
        for (line, exercise) in zip(lines.dropFirst(), library.exercises.sorted { $0.id < $1.id }) {
            #expect(line.hasPrefix(exercise.id + " "))
            #expect(line[name...].hasPrefix(exercise.name))
        }
    }
}
