import LimberCore

/// Reads how an exercise is drawn: `[[pose]]` tables (joint positions in the box), `[[prop]]`
/// tables (lines such as the floor or a chair), or hand-drawn `[frames]`; and `targets`, the
/// pose or frame each phase moves to. Every problem names its file, line and field.
struct LookDecoder {
    static let maxFrameWidth = 30
    static let maxFrameHeight = 12
    /// How much a bone may stretch or shrink between poses before it reads as a different body.
    static let boneTolerance = 0.15

    let file: String
    let table: TOMLTable

    struct Result {
        var look: Look
        var targets: [String]
        var start: String?
        var cycle: [String] = []
        var cycleSeconds = 1.0
    }

    func decode(dose: Dose) throws(ExerciseFileError) -> Result {
        if table["camera"] != nil { return try BodyDecoder(file: file, table: table, look: self).decode(dose: dose) }
        for key in ["cycle", "camera_follows_side"] where table[key] != nil {
            throw problem(key, table.line(of: key), "\(key == "cycle" ? "a cycle" : key) needs a 3D figure: add camera = \"side\" and poses written as joint angles")
        }
        let look: Look
        let names: [String]
        switch (table["pose"], table["frames"]) {
        case (.some, .some):
            throw problem("frames", table.line(of: "frames"), "draw with [[pose]] tables or with [frames], not both")
        case (nil, nil):
            throw problem("pose", 1, "add [[pose]] tables (or hand-drawn [frames]) so the exercise can be shown")
        case (.some, nil):
            let poses = try self.poses()
            look = .skeleton(poses: Dictionary(uniqueKeysWithValues: poses.map { ($0.name, $0.pose) }), props: try props())
            names = poses.map(\.name)
            try checkBones(poses)
        case (nil, .some):
            let frames = try self.frames()
            look = .frames(Dictionary(uniqueKeysWithValues: frames))
            names = frames.map(\.0)
        }
        return Result(look: look, targets: try targets(dose: dose, names: names), start: try start(names: names))
    }

    // MARK: Targets

    func targets(dose: Dose, names: [String]) throws(ExerciseFileError) -> [String] {
        let line = table.line(of: "targets")
        guard let value = table["targets"] else {
            throw problem("targets", line, "missing: name the pose each phase moves to, like targets = [\"\(names.first ?? "up")\"]")
        }
        guard case .array(let items) = value else { throw problem("targets", line, "expected an array of pose names, got \(value.typeName)") }
        var targets: [String] = []
        for item in items {
            guard case .string(let name) = item else { throw problem("targets", line, "expected pose names in quotes, got \(item.typeName)") }
            targets.append(name)
        }
        let phases: [String]
        switch dose {
        case .hold: phases = ["the hold"]
        case .reps(_, let tempo, _): phases = tempo.map { "\"\($0)\"" }
        }
        guard targets.count == phases.count else {
            throw problem("targets", line, "expected \(phases.count) \(phases.count == 1 ? "name" : "names") (one for each of \(phases.joined(separator: ", "))), found \(targets.count)")
        }
        for (phase, target) in zip(phases, targets) where !names.contains(target) {
            throw problem("targets", line, "\(phase) names '\(target)', which is not drawn\(hint(target, names)); drawn: \(names.joined(separator: ", "))")
        }
        return targets
    }

    func start(names: [String]) throws(ExerciseFileError) -> String? {
        guard let value = table["start"] else { return nil }
        let line = table.line(of: "start")
        guard case .string(let name) = value else { throw problem("start", line, "expected a pose name in quotes, got \(value.typeName)") }
        guard names.contains(name) else {
            throw problem("start", line, "'\(name)' is not drawn\(hint(name, names)); drawn: \(names.joined(separator: ", "))")
        }
        return name
    }

    // MARK: Poses

    private func poses() throws(ExerciseFileError) -> [(name: String, pose: Pose, line: Int)] {
        let tables = try self.tables("pose")
        var poses: [(name: String, pose: Pose, line: Int)] = []
        for pose in tables {
            let name = try self.name(pose, "pose")
            guard !poses.contains(where: { $0.name == name }) else {
                throw problem("pose.name", pose.line(of: "name"), "a pose named '\(name)' is already drawn")
            }
            poses.append((name, try self.pose(pose, name: name, earlier: poses), pose.line))
        }
        return poses
    }

    /// One pose: every joint, or `like` an earlier pose with only the joints that differ.
    private func pose(_ pose: TOMLTable, name: String, earlier: [(name: String, pose: Pose, line: Int)]) throws(ExerciseFileError) -> Pose {
        var result = Pose()
        var placed = Set<Joint>()
        if let like = pose["like"] {
            guard case .string(let base) = like, let found = earlier.first(where: { $0.name == base }) else {
                throw problem("pose.like", pose.line(of: "like"),
                              "expected the name of a pose drawn above this one\(hint(Self.text(like), earlier.map(\.name)))")
            }
            result = found.pose
            placed = Set(Joint.allCases)
        }
        for entry in pose.entries where entry.key != "name" && entry.key != "like" {
            guard let joints = Joint.named(entry.key) else {
                throw problem("pose.\(entry.key)", entry.line, "'\(entry.key)' is not a joint\(hint(entry.key, Joint.names)); joints are \(Joint.names.joined(separator: ", "))")
            }
            let point = try self.point(entry.value, field: "pose.\(entry.key)", line: entry.line)
            for joint in joints {
                result[joint] = point
                placed.insert(joint)
            }
        }
        if let missing = Joint.allCases.first(where: { !placed.contains($0) }) {
            throw problem("pose", pose.line, "pose '\(name)' does not place \(missing.rawValue); give every joint, or start from a pose above with like = \"\(earlier.first?.name ?? "stand")\"")
        }
        return result
    }

    /// A point `[x, y]` inside the box: both from 0 to 1, y up from the floor.
    private func point(_ value: TOMLValue, field: String, line: Int) throws(ExerciseFileError) -> Point {
        guard case .array(let items) = value, items.count == 2,
              let x = Self.number(items[0]), let y = Self.number(items[1]) else {
            throw problem(field, line, "expected a point [x, y], like [0.5, 0.25]")
        }
        for coordinate in [x, y] where !(0...1).contains(coordinate) {
            throw problem(field, line, "\(coordinate) is outside the box; x and y run from 0 to 1 (y up from the floor)")
        }
        return Point(x, y)
    }

    /// A bone that changes length between poses reads as a different body, not a movement.
    private func checkBones(_ poses: [(name: String, pose: Pose, line: Int)]) throws(ExerciseFileError) {
        guard let first = poses.first else { return }
        for (name, pose, line) in poses.dropFirst() {
            for bone in Joint.bones {
                let expected = first.pose.length(bone), actual = pose.length(bone)
                let change = abs(actual - expected)
                // Tiny bones (a shoulder on the neck) may move a little: two hundredths of the box is noise.
                guard change > 0.02, change > Self.boneTolerance * max(expected, actual) else { continue }
                let percent = Int((change / max(expected, 0.0001) * 100).rounded())
                throw problem("pose", line,
                              "in pose '\(name)' the \(bone.0.rawValue)-\(bone.1.rawValue) bone is \(Self.format(actual)) long, \(percent)% off its \(Self.format(expected)) in '\(first.name)'; bones may change by at most 15%")
            }
        }
    }

    // MARK: Props

    private func props() throws(ExerciseFileError) -> [Prop] {
        var props: [Prop] = []
        for prop in try tables("prop") {
            for key in prop.keys where key != "kind" && key != "points" {
                throw problem("prop.\(key)", prop.line(of: key), "unknown field\(hint(key, ["kind", "points"])); a prop has kind and points")
            }
            let kinds = Prop.Kind.allCases.map(\.rawValue)
            guard case .string(let text)? = prop["kind"], let kind = Prop.Kind(rawValue: text) else {
                throw problem("prop.kind", prop.line(of: "kind"), "expected one of \(kinds.joined(separator: ", "))")
            }
            guard case .array(let items)? = prop["points"], items.count >= 2 else {
                throw problem("prop.points", prop.line(of: "points"), "expected at least two points, like [[0, 0], [1, 0]]")
            }
            var points: [Point] = []
            for item in items { points.append(try point(item, field: "prop.points", line: prop.line(of: "points"))) }
            props.append(Prop(kind, points))
        }
        return props
    }

    // MARK: Frames

    /// Hand-drawn frames, named: `[frames]` then `up = '''...'''`. Shorter frames are padded at
    /// the top (figures stand on the ground) and every row to the widest.
    private func frames() throws(ExerciseFileError) -> [(String, [String])] {
        guard case .table(let frames)? = table["frames"] else {
            throw problem("frames", table.line(of: "frames"),
                          "frames are named now: write [frames] at the end, then name = '''...''' for each, and name each phase's frame in targets")
        }
        var result: [(String, [String])] = []
        for entry in frames.entries {
            guard Self.isName(entry.key) else {
                throw problem("frames", entry.line, "use letters, digits, '-' and '_' in a frame's name (at most 30), like knee_up")
            }
            let field = "frames.\(entry.key)"
            guard case .string(let text) = entry.value else { throw problem(field, entry.line, "expected a frame in ''' quotes") }
            var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            while rows.last?.allSatisfy({ $0 == " " }) == true { rows.removeLast() }
            guard !rows.isEmpty else { throw problem(field, entry.line, "the frame is empty") }
            guard rows.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 32 && $0.value < 127 } }) else {
                throw problem(field, entry.line, "the frame has a character that is not plain ASCII")
            }
            let width = rows.map(\.count).max() ?? 0
            guard rows.count <= Self.maxFrameHeight, width <= Self.maxFrameWidth else {
                throw problem(field, entry.line, "frames must fit in \(Self.maxFrameWidth) columns by \(Self.maxFrameHeight) rows; this is \(width) by \(rows.count)")
            }
            result.append((entry.key, rows))
        }
        guard !result.isEmpty else { throw problem("frames", frames.line, "draw at least one frame") }
        let height = result.map(\.1.count).max() ?? 0
        let width = result.flatMap(\.1).map(\.count).max() ?? 0
        let blank = String(repeating: " ", count: width)
        return result.map { name, rows in
            (name, Array(repeating: blank, count: height - rows.count) + rows.map { $0 + String(repeating: " ", count: width - $0.count) })
        }
    }

    // MARK: Helpers

    func tables(_ key: String) throws(ExerciseFileError) -> [TOMLTable] {
        guard let value = table[key] else { return [] }
        guard case .array(let items) = value else {
            throw problem(key, table.line(of: key), "expected [[\(key)]] tables")
        }
        var tables: [TOMLTable] = []
        for item in items {
            guard case .table(let table) = item else { throw problem(key, self.table.line(of: key), "expected [[\(key)]] tables") }
            tables.append(table)
        }
        return tables
    }

    func name(_ table: TOMLTable, _ kind: String) throws(ExerciseFileError) -> String {
        guard case .string(let name)? = table["name"], !name.isEmpty else {
            throw problem("\(kind).name", table.line(of: "name"), "each [[\(kind)]] needs a name in quotes, like name = \"stand\"")
        }
        guard Self.isName(name) else {
            throw problem("\(kind).name", table.line(of: "name"), "use letters, digits, '-' and '_' in a name (at most 30), like \"knee-up\"")
        }
        return name
    }

    /// Pose and frame names are printed and shown on screen: plain words only.
    static func isName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.count <= 30 && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }

    func hint(_ name: String, _ names: [String]) -> String {
        Suggestion.closest(to: name, in: names).map { " (did you mean '\($0)'?)" } ?? ""
    }

    func problem(_ field: String, _ line: Int, _ message: String) -> ExerciseFileError {
        ExerciseFileError(file: file, line: line, field: field, message: message)
    }

    static func number(_ value: TOMLValue) -> Double? {
        switch value {
        case .integer(let number): Double(number)
        case .float(let number) where number.isFinite: number
        default: nil
        }
    }

    static func text(_ value: TOMLValue) -> String {
        if case .string(let text) = value { return text }
        return ""
    }

    /// Two decimals, without Foundation.
    static func format(_ value: Double) -> String {
        let hundredths = Int((min(1000, max(0, value)) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
