import LimberCore

/// Turns one exercise file into an Exercise, checking every field. How it is drawn (poses,
/// props, frames and each phase's target) is read by `LookDecoder`.
public struct ExerciseDecoder {
    static let fields = ["id", "name", "where", "desk_variant", "helps", "steps", "hold", "reps", "tempo",
                         "seconds_per_phase", "min_hold", "min_reps", "sides", "safety", "targets", "start", "pose", "prop", "frames",
                         "camera", "camera_follows_side", "cycle", "breathe"]

    let file: String
    let table: TOMLTable

    public static func decode(_ text: String, file: String, lint: Bool = true) throws(ExerciseFileError) -> Exercise {
        try decode(bytes: Array(text.utf8), file: file, lint: lint)
    }

    /// The same, from the file's bytes as read (so invalid UTF-8 is refused, not replaced).
    /// `lint` checks a 3D figure as a picture (contacts, props, limits); the built-ins skip it
    /// at run time because `make test` checks them, and solving every pose costs time at start.
    public static func decode(bytes: [UInt8], file: String, lint: Bool = true) throws(ExerciseFileError) -> Exercise {
        let table: TOMLTable
        do {
            table = try TOMLParser.parse(bytes: bytes)
        } catch {
            throw ExerciseFileError(file: file, line: error.line, column: error.column, field: nil, message: error.message)
        }
        let exercise = try ExerciseDecoder(file: file, table: table).exercise()
        if lint, let problem = FigureCheck.problems(exercise).first {
            throw ExerciseFileError(file: file, line: problem.line, field: "pose", message: problem.description)
        }
        return exercise
    }

    func exercise() throws(ExerciseFileError) -> Exercise {
        try rejectUnknownFields()
        let id = try string("id")
        guard Self.isKebabCase(id) else {
            throw problem("id", "'\(FileText.quoted(id))' is not a kebab-case id; use lower-case words joined by '-', like 'cat-cow'")
        }
        // Read in the file's order, so the first mistake is the one reported.
        let (name, place, deskVariant) = (try string("name"), try place(), try optionalString("desk_variant"))
        let (helps, steps, dose) = (try areas(), try steps(), try dose())
        var exercise = Exercise(
            id: id, name: name, place: place, deskVariant: deskVariant,
            helps: helps, steps: steps, dose: dose, minimum: try minimum(of: dose), sided: try boolean("sides"),
            safety: try optionalString("safety"), look: .frames([:]), targets: [])
        let drawn = try LookDecoder(file: file, table: table).decode(dose: exercise.dose)
        (exercise.look, exercise.targets, exercise.start) = (drawn.look, drawn.targets, drawn.start)
        (exercise.cycle, exercise.cycleSeconds) = (drawn.cycle, drawn.cycleSeconds)
        exercise.breathe = table["breathe"] == nil ? false : try boolean("breathe")
        return exercise
    }

    /// Lower-case letters and digits in words joined by single hyphens: `cat-cow`.
    static func isKebabCase(_ id: String) -> Bool {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        return words.allSatisfy { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    // MARK: Fields

    private func rejectUnknownFields() throws(ExerciseFileError) {
        for key in table.keys where !Self.fields.contains(key) {
            let hint = Suggestion.closest(to: key, in: Self.fields).map { " (did you mean '\($0)'?)" } ?? ""
            throw problem(key, "unknown field\(hint)")
        }
    }

    private func place() throws(ExerciseFileError) -> Place {
        let text = try string("where")
        guard let place = Place(rawValue: text) else {
            throw problem("where", "expected one of standing, seated, floor; got '\(FileText.quoted(text))'")
        }
        return place
    }

    private func areas() throws(ExerciseFileError) -> [Area] {
        let names = try strings("helps")
        guard !names.isEmpty else { throw problem("helps", "name at least one area") }
        var areas: [Area] = []
        for name in names {
            guard let area = Area(rawValue: name) else {
                let known = Area.allCases.map(\.rawValue).joined(separator: ", ")
                throw problem("helps", "'\(FileText.quoted(name))' is not an area; use \(known)")
            }
            areas.append(area)
        }
        return areas
    }

    private func steps() throws(ExerciseFileError) -> [String] {
        let steps = try strings("steps")
        guard (2...5).contains(steps.count) else {
            throw problem("steps", "expected 2 to 5 steps, found \(steps.count)")
        }
        return steps
    }

    private func dose() throws(ExerciseFileError) -> Dose {
        switch (table["hold"], table["reps"]) {
        case (.some, .some):
            throw problem("reps", "give either hold (seconds) or reps, not both")
        case (.some, nil):
            return .hold(seconds: try number("hold", in: Self.holdSeconds, example: "hold = 30"))
        case (nil, .some):
            let count = try number("reps", in: Self.reps, example: "reps = 8", whole: true)
            let tempo = try strings("tempo")
            guard (1...4).contains(tempo.count) else {
                throw problem("tempo", "expected 1 to 4 phases, like [\"inhale, arch\", \"exhale, round\"]")
            }
            return .reps(count: Int(saturating: count), phases: tempo,
                         phaseSeconds: try number("seconds_per_phase", in: Self.holdSeconds, example: "seconds_per_phase = 2"))
        case (nil, nil):
            throw problem(nil, "give a dose: hold = seconds, or reps with tempo and seconds_per_phase")
        }
    }

    /// `min_hold` (seconds) for a hold, `min_reps` for reps: the minimum effective dose, per
    /// side, no more than the dose. Without one, the dose itself is the minimum.
    private func minimum(of dose: Dose) throws(ExerciseFileError) -> Double? {
        let (key, other, example, whole): (String, String, String, Bool) = switch dose {
        case .hold: ("min_hold", "min_reps", "min_hold = 30", false)
        case .reps: ("min_reps", "min_hold", "min_reps = 5", true)
        }
        if table[other] != nil { throw problem(other, "this exercise's dose is \(dose.summary); give its minimum as \(key)") }
        guard table[key] != nil else { return nil }
        let value = try number(key, in: whole ? Self.reps : Self.holdSeconds, example: example, whole: whole)
        guard value <= dose.amount else {
            throw problem(key, "the minimum (\(Int(saturating: value))) is more than the dose (\(dose.summary)); it may be at most the dose")
        }
        return value
    }

    // MARK: Typed access

    private func string(_ key: String) throws(ExerciseFileError) -> String {
        guard let value = table[key] else { throw problem(key, "missing") }
        guard case .string(let text) = value, !text.isEmpty else {
            throw problem(key, "expected a non-empty string in quotes, got \(value.typeName)")
        }
        try Self.rejectControlCharacters(text) { problem(key, $0) }
        return text
    }

    private func optionalString(_ key: String) throws(ExerciseFileError) -> String? {
        table[key] == nil ? nil : try string(key)
    }

    private func strings(_ key: String) throws(ExerciseFileError) -> [String] {
        guard let value = table[key] else { throw problem(key, "missing") }
        guard case .array(let items) = value else { throw problem(key, "expected an array of strings, got \(value.typeName)") }
        var texts: [String] = []
        for item in items {
            guard case .string(let text) = item else { throw problem(key, "expected strings in the array, got \(item.typeName)") }
            try Self.rejectControlCharacters(text) { problem(key, $0) }
            texts.append(text)
        }
        return texts
    }

    /// Seconds a hold or one phase of a rep may last.
    public static let holdSeconds: ClosedRange<Double> = 1...600
    /// Reps in one set.
    public static let reps: ClosedRange<Double> = 1...100

    /// A number checked against its range where it is read, so nothing later converts a huge
    /// value (`reps = 1e19`) into an Int and traps.
    private func number(_ key: String, in range: ClosedRange<Double>, example: String,
                        whole: Bool = false) throws(ExerciseFileError) -> Double {
        let kind = whole ? "a whole number" : "a number of seconds"
        let expected = "expected \(kind) from \(Self.text(range.lowerBound)) to \(Self.text(range.upperBound)), like \(example)"
        let number: Double
        switch table[key] {
        case .integer(let value)?: number = Double(value)
        case .float(let value)?: number = value
        case nil: throw problem(key, "missing; \(expected)")
        case let other?: throw problem(key, "\(expected); got \(other.typeName)")
        }
        guard range.contains(number), !whole || number == number.rounded() else {
            throw problem(key, "\(expected); got \(Self.text(number))")
        }
        return number
    }

    private static func text(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(saturating: number)) : "\(number)"
    }

    private func boolean(_ key: String) throws(ExerciseFileError) -> Bool {
        guard let value = table[key] else { throw problem(key, "missing (true or false)") }
        guard case .boolean(let flag) = value else { throw problem(key, "expected true or false, got \(value.typeName)") }
        return flag
    }

    /// Text from a file is shown on the terminal: a control character (an escape sequence, say)
    /// could rewrite the screen, so it is refused where it is read.
    static func rejectControlCharacters(_ text: String, _ problem: (String) -> ExerciseFileError) throws(ExerciseFileError) {
        if let bad = text.unicodeScalars.first(where: { $0.value < 32 || (127..<160).contains($0.value) }) {
            throw problem("has a control character (U+\(String(bad.value, radix: 16, uppercase: true))); use plain text")
        }
    }

    private func problem(_ field: String?, _ message: String) -> ExerciseFileError {
        ExerciseFileError(file: file, line: field.map { table.line(of: $0) } ?? 1, field: field.map { FileText.quoted($0) },
                           message: message)
    }
}
