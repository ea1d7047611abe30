import LimberCore

/// Reads a figure drawn with the 3D body: `camera`, then `[[pose]]` tables of joint angles in
/// degrees (`knee = 90`, `left_hip = 110`), each saying what touches what
/// (`contacts = ["seat on chair", "feet on floor"]`); optionally `cycle`, poses a hold keeps
/// moving through (a walk). Props stand where the contacts put them. Every problem names its
/// file, line and field.
struct BodyDecoder {
    let file: String
    let table: TOMLTable
    let look: LookDecoder

    func decode(dose: Dose) throws(ExerciseFileError) -> LookDecoder.Result {
        let camera = try self.camera()
        if table["frames"] != nil {
            throw look.problem("frames", table.line(of: "frames"), "a 3D figure is drawn from its poses; remove [frames] or camera")
        }
        if table["prop"] != nil {
            throw look.problem("prop", table.line(of: "prop"), "a 3D figure places its props from its contacts (\"seat on chair\", \"hand on desk\"); remove the [[prop]] tables")
        }
        let poses = try self.poses()
        guard !poses.isEmpty else {
            throw look.problem("pose", 1, "add [[pose]] tables with joint angles and contacts so the exercise can be shown")
        }
        let names = poses.map(\.name)
        let targets = try look.targets(dose: dose, names: names)
        let start = try look.start(names: names)
        let (cycle, cycleSeconds) = try self.cycle(dose: dose, names: names)
        let follows = try followsSide()
        var exercise = Exercise(id: "", name: "", place: .standing, helps: [], steps: [], dose: dose, sided: false, look: .frames([:]),
                                targets: targets, start: start)
        exercise.cycle = cycle
        let look = BodyLook(camera: camera, poses: poses, reference: start, planted: cycle.isEmpty, mirrorsCamera: follows, moves: exercise.moves,
                            sided: table["sides"] == .boolean(true))
        return LookDecoder.Result(look: .body(look), targets: targets,
                                  start: start, cycle: cycle, cycleSeconds: cycleSeconds)
    }

    private func camera() throws(ExerciseFileError) -> Camera {
        let names = Camera.allCases.map(\.rawValue)
        guard case .string(let text)? = table["camera"], let camera = Camera(rawValue: text) else {
            throw look.problem("camera", table.line(of: "camera"), "expected one of \(names.joined(separator: ", ")), like camera = \"side\"")
        }
        return camera
    }

    /// `camera_follows_side = true`: the right side is seen from the right, so the limb that
    /// moves is the near one on both sides (a leg crossed over the other).
    private func followsSide() throws(ExerciseFileError) -> Bool {
        guard let value = table["camera_follows_side"] else { return false }
        let line = table.line(of: "camera_follows_side")
        guard case .boolean(let follows) = value else { throw look.problem("camera_follows_side", line, "expected true or false") }
        if follows, table["sides"] != .boolean(true) {
            throw look.problem("camera_follows_side", line, "only a two-sided exercise (sides = true) has a right side for the camera to follow")
        }
        return follows
    }

    private func cycle(dose: Dose, names: [String]) throws(ExerciseFileError) -> ([String], Double) {
        guard let value = table["cycle"] else { return ([], 1) }
        let line = table.line(of: "cycle")
        guard case .hold = dose else { throw look.problem("cycle", line, "a cycle goes with a hold; reps already move through their targets") }
        guard case .array(let items) = value, (2...8).contains(items.count) else {
            throw look.problem("cycle", line, "expected 2 to 8 pose names, like cycle = [\"stride-left\", \"stride-right\"]")
        }
        var cycle: [String] = []
        for item in items {
            guard case .string(let name) = item, names.contains(name) else {
                throw look.problem("cycle", line, "'\(LookDecoder.text(item))' is not a pose\(look.hint(LookDecoder.text(item), names)); poses: \(names.joined(separator: ", "))")
            }
            cycle.append(name)
        }
        guard let seconds = table["seconds_per_phase"].flatMap(LookDecoder.number), (0.2...10).contains(seconds) else {
            throw look.problem("seconds_per_phase", table.line(of: "seconds_per_phase"), "a cycle needs seconds_per_phase from 0.2 to 10, the time from one of its poses to the next")
        }
        return (cycle, seconds)
    }

    private func poses() throws(ExerciseFileError) -> [BodyPoseSpec] {
        var poses: [BodyPoseSpec] = []
        for table in try look.tables("pose") {
            let name = try look.name(table, "pose")
            guard !poses.contains(where: { $0.name == name }) else {
                throw look.problem("pose.name", table.line(of: "name"), "a pose named '\(name)' is already drawn")
            }
            poses.append(try pose(table, name: name, earlier: poses))
        }
        return poses
    }

    /// One pose: angles from zero (standing at rest), or `like` an earlier pose with only the
    /// angles that differ; contacts are its own, or the earlier pose's if not given.
    private func pose(_ table: TOMLTable, name: String, earlier: [BodyPoseSpec]) throws(ExerciseFileError) -> BodyPoseSpec {
        var spec = BodyPoseSpec(name: name, pose: BodyPose(), contacts: [], line: table.line)
        if let like = table["like"] {
            guard case .string(let base) = like, let found = earlier.first(where: { $0.name == base }) else {
                throw look.problem("pose.like", table.line(of: "like"),
                                   "expected the name of a pose drawn above this one\(look.hint(LookDecoder.text(like), earlier.map(\.name)))")
            }
            spec.pose = found.pose
            spec.contacts = found.contacts
        }
        for entry in table.entries where !["name", "like", "contacts"].contains(entry.key) {
            guard let angles = BodyAngle.named(entry.key) else {
                throw look.problem("pose.\(entry.key)", entry.line,
                                   "'\(entry.key)' is not a joint angle\(look.hint(entry.key, BodyAngle.names)); angles are \(BodyAngle.names.joined(separator: ", "))")
            }
            guard let degrees = LookDecoder.number(entry.value) else {
                throw look.problem("pose.\(entry.key)", entry.line, "expected an angle in degrees, like \(entry.key) = 30")
            }
            for angle in angles {
                guard angle.range.contains(degrees) else {
                    throw look.problem("pose.\(entry.key)", entry.line,
                                       "\(Int(saturating: degrees.rounded())) degrees is outside the \(angle.meaning) range, \(Int(angle.range.lowerBound)) to \(Int(angle.range.upperBound))")
                }
                spec.pose[angle] = degrees
            }
        }
        if let value = table["contacts"] {
            let line = table.line(of: "contacts")
            guard case .array(let items) = value else {
                throw look.problem("pose.contacts", line, "expected a list like [\"feet on floor\", \"seat on chair\"]")
            }
            spec.contacts = []
            for item in items {
                guard case .string(let text) = item else {
                    throw look.problem("pose.contacts", line, "expected contacts in quotes, like \"feet on floor\"")
                }
                switch Contact.parse(text) {
                case .success(let contacts): spec.contacts += contacts
                case .failure(let error): throw look.problem("pose.contacts", line, "'\(FileText.quoted(text))': \(error.message)")
                }
            }
        }
        return spec
    }
}
