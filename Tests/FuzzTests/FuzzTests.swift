import LimberTestSupport
import Testing
@testable import LimberCore
@testable import LimberLibrary
@testable import LimberUI

/// Thousands of mutated inputs through the real parsers and resolvers, with fixed seeds and a
/// time bound per test (the target stays well under a minute on a loaded 2-core machine). A
/// trap kills the test process, which fails the run; the checks below are the promises that
/// hold for every input: a value read is inside its documented range, and errors are one line.
@Suite struct FuzzTests {
    static let seconds = 4.0

    // MARK: Config files

    static let configSeeds: [String] = {
        let uncommented = DefaultConfigFile.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            SettingKey.allCases.contains { line.hasPrefix("# \($0.rawValue) = ") } || line == "# [hooks]"
                || HookEvent.allCases.contains { line.hasPrefix("# \($0.rawValue) = ") } ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
        return [DefaultConfigFile.text, uncommented, "interval = 9223372036854775807\n", "latest = \"40s\"\ninterval = 90\n"]
    }()

    static let flagWords = ["45m", "90", "1h30m", "2m30s", "sitting", "floor", "osc", "true", "false", "/tmp/x", "~/x"]

    @Test func configFilesAndFlags() {
        let ran = fuzz(seed: 0x11AB_E201, iterations: 20_000, seconds: Self.seconds) { random in
            let text = Mutator.mutate(random.pick(Self.configSeeds), &random)
            _ = try? TOMLParser.parse(text)
            var flags: [SettingKey: String] = [:]
            if random.chance(30) { flags[random.pick(SettingKey.allCases)] = Mutator.word(Self.flagWords, &random) }
            do {
                let resolved = try SettingsResolver.resolve(file: ("/f/config.toml", text), flags: flags, home: "/home/x",
                                                            dataDirEnvironment: random.chance(10) ? "/env" : nil)
                Self.checkRanges(resolved.settings)
            } catch {
                Self.checkOneLine("\(error)")
            }
        }
        #expect(ran >= 500)
        print("fuzz: \(ran) config files")
    }

    static func checkRanges(_ settings: Settings) {
        let t = settings.timer
        for value in [t.interval, t.snooze, t.awayAfter, t.breakLength, settings.goal] {
            #expect(DurationLimit.setting.range.contains(value))
        }
        #expect(t.latest >= t.interval)
        if let hours = t.activeHours {
            #expect((0...1440).contains(hours.start) && (0...1440).contains(hours.end) && !hours.days.isEmpty)
            #expect(hours.days.allSatisfy { (1...7).contains($0) })
        }
        _ = settings.snoozeNotice
        for value in [t.interval, t.latest, settings.goal] { _ = (DurationText.short(value), DurationText.clock(value)) }
    }

    static func checkOneLine(_ message: String) {
        let escaped = SafeText.escaped(message)
        #expect(!escaped.contains("\n"))
        #expect(!escaped.unicodeScalars.contains(where: SafeText.isControl))
    }

    // MARK: Exercise files

    static let exerciseSeeds = BuiltinExercises.files.map(\.text)
    // The figure linter solves every pose (about a second a file): the built-ins pass it in
    // FigureLintTests, and a fuzz run would spend its time budget on a handful of files.
    // Their poses are placed once here, outside the timed loop, as a break would on first use.
    static let builtins: [Exercise] = BuiltinExercises.files.compactMap { file in
        guard let exercise = try? ExerciseDecoder.decode(file.text, file: file.name, lint: false) else { return nil }
        for side in exercise.sides { for pose in exercise.keyPoses { _ = exercise.picture(pose, side: side) } }
        return exercise
    }

    @Test func exerciseFilesThroughDecoderPlannerAndPlayer() {
        _ = Self.builtins
        var decoded = 0
        // A fixed count, not a time budget: a decoded file with a 3D figure is placed on its
        // contacts before it plays (a solve, not a parse), so under a loaded machine a budget
        // ran too few files to prove anything (213 in one landing) and the count failed.
        let ran = fuzz(seed: 0xE4E2_C15E, iterations: 500, seconds: 3600) { random in
            let text = Mutator.mutate(random.pick(Self.exerciseSeeds), &random)
            guard let exercise = try? ExerciseDecoder.decode(text, file: "x.toml", lint: false) else { return }
            decoded += 1
            Self.play(exercise, &random)
        }
        #expect(ran == 500)
        #expect(decoded > 0)
        print("fuzz: \(ran) exercise files, \(decoded) decoded")
    }

    /// What used to trap only once a break started: the dose, the planner and the player's cues
    /// over the whole exercise.
    static func play(_ exercise: Exercise, _ random: inout Seeded) {
        switch exercise.dose {
        case .hold(let seconds): #expect(ExerciseDecoder.holdSeconds.contains(seconds))
        case .reps(let count, _, let phaseSeconds):
            #expect((1...100).contains(count) && ExerciseDecoder.holdSeconds.contains(phaseSeconds))
        }
        _ = (exercise.dose.summary, exercise.duration)
        let planner = RoutinePlanner(library: builtins + [exercise], space: random.chance(50) ? .floor : .desk)
        let routine = planner.plan(after: random.chance(50) ? .sitting : .standing,
                                   length: Double.random(in: 1...DurationLimit.setting.range.upperBound, using: &random),
                                   covered: [:], last: [])
        for item in [Routine.Item(exercise: exercise, dose: exercise.dose)] + routine.items.prefix(1) {
            var progress = BreakProgress(routine: Routine(items: [item]), length: item.duration,
                                         returnPosture: .sitting, start: .prompted)
            let step = max(0.25, item.duration / 12)
            for _ in 0..<14 {
                _ = Cue(progress, stillFrame: random.chance(20))
                _ = progress.advance(by: step)
            }
        }
    }

    // MARK: Command-line values

    @Test func durationsWindowsAndDays() {
        let ran = fuzz(seed: 0xD0_2A71, iterations: 50_000, seconds: Self.seconds) { random in
            let duration = Mutator.word(["45m", "90", "1h30m", "2m30s", "1.5h", "24h"], &random)
            if let seconds = DurationText.parse(duration) {
                #expect(seconds >= 0 && !seconds.isNaN)
                _ = (DurationText.short(seconds), DurationText.clock(seconds), DurationText.total(seconds))
            }
            if let (start, end) = ActiveHours.parseWindow(Mutator.word(["09:00-18:00", "22:00 - 06:30", "9:00-17:30"], &random)) {
                #expect((0...1440).contains(start) && (0...1440).contains(end))
            }
            if let days = ActiveHours.parseDays(Mutator.word(["mon-fri", "sat,sun", "fri-mon", "monday"], &random)) {
                #expect(!days.isEmpty && days.allSatisfy { (1...7).contains($0) })
            }
        }
        #expect(ran >= 1000)
        print("fuzz: \(ran) durations, windows and days")
    }

    @Test func datesAndDayCounts() {
        let ran = fuzz(seed: 0xDA7E_5, iterations: 50_000, seconds: Self.seconds) { random in
            let today = LocalDay(ordinal: Int.random(in: 0...2_932_896, using: &random)) // 1970-01-01 … 9999-12-31
            switch DayArgument.date(Mutator.word(["2026-11-27", "today", "yesterday", "-3", "1970-01-01", "9999-12-31"], &random),
                                    today: today) {
            case .success(let day):
                #expect(day <= today && LocalDay.years.contains(day.year) || day.ordinal >= today.ordinal - DayArgument.maxDays)
                #expect(LocalDay(iso: day.description) == day || day.year < 1970)
            case .failure(let problem): Self.checkOneLine(problem.message)
            }
            if case .success(let count) = DayArgument.days(Mutator.word(["7", "3660", "1"], &random)) {
                #expect((1...DayArgument.maxDays).contains(count))
                _ = today.adding(days: 1 - count)
            }
        }
        #expect(ran >= 1000)
    }

    static let extremes: [Double] = [0, -0.0, 1, -1, 59.999, 3599.5, 1e9, -1e9, 1e18, 1e300, -1e300, .infinity, -.infinity,
                                     .nan, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude]

    @Test func statusPlaceholdersWithAnyFigures() {
        let states = LiveState.allCases
        let templates = ["{state} {posture} {remaining} {elapsed} {today_sitting} {today_standing}", "{remaining}", "{{x}}"]
        let ran = fuzz(seed: 0x57A7_05, iterations: 20_000, seconds: Self.seconds) { random in
            let template = Mutator.word(templates, &random)
            let status = LiveStatus(state: random.pick(states), posture: random.chance(50) ? .sitting : .standing,
                                    elapsed: random.pick(Self.extremes), remaining: random.pick(Self.extremes),
                                    breakRemaining: random.chance(50) ? random.pick(Self.extremes) : nil,
                                    pauseRemaining: random.chance(50) ? random.pick(Self.extremes) : nil,
                                    snoozeRemaining: random.chance(50) ? random.pick(Self.extremes) : nil,
                                    todaySitting: random.pick(Self.extremes), todayStanding: random.pick(Self.extremes),
                                    awayAfter: random.pick(Self.extremes))
            _ = StatusLine.unknownPlaceholder(in: template)
            _ = StatusLine.render(template, status)
            _ = StatusLine.standard(status, responding: random.chance(50))
            _ = StatusLine.json(status, responding: random.chance(50))
            _ = DurationText.countdown(random.pick(Self.extremes))
            // Figures read back from a hand-edited history reach the summary bars.
            _ = SummaryTable.bar(random.pick(Self.extremes), goal: random.pick(Self.extremes), glyphs: .unicode)
        }
        #expect(ran >= 1000)
    }
}
