/// Something that touches: a part of the body on a surface (the floor, the chair's seat, the
/// desk, a step) or on another part of the body (a hand on a knee, an ankle on the other knee).
/// Files write them as words: `"feet on floor"`, `"left_heel on step"`, `"hands on knees"`.
public struct Contact: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case surface(Prop.Kind)
        case body(BodyPoint)
    }

    public var points: [BodyPoint]
    public var target: Target
    /// The words as written, for messages.
    public var text: String

    public init(points: [BodyPoint], target: Target, text: String) {
        self.points = points
        self.target = target
        self.text = text
    }

    /// The contact on the other side of the body, its words too (`left_heel on step` becomes
    /// `right_heel on step`), so messages and `--format json` name the limb that touches.
    public var mirrored: Contact {
        var contact = self
        contact.points = points.map(\.mirrored)
        if case .body(let point) = target { contact.target = .body(point.mirrored) }
        contact.text = text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.hasPrefix("left_") ? "right_" + word.dropFirst(5) : word.hasPrefix("right_") ? "left_" + word.dropFirst(6) : String(word)
        }.joined(separator: " ")
        return contact
    }

    /// Reads `PART on TARGET`: parts are seat, foot/feet, toes, heel(s), knee(s), hand(s),
    /// palm(s) (the heel of the hand, its fingers free), fingers, ankle(s), with `left_` or
    /// `right_` for one side; targets are floor, chair, desk, step, or a body part (`knees`,
    /// `left_knee`, `hips`, `left_ankle`: a hand holding a crossed ankle). `hands on knees`
    /// pairs each hand with the knee on its own side. Returns an error message on failure.
    public static func parse(_ text: String) -> Result<[Contact], ContactError> {
        let words = text.split(separator: " ").map(String.init)
        guard words.count == 3, words[1] == "on" else {
            return .failure(ContactError("expected 'PART on TARGET', like \"feet on floor\" or \"left_heel on step\""))
        }
        guard let (part, side) = Self.part(words[0]), part != .hip else {
            return .failure(ContactError("'\(words[0])' is not a body part that can touch; use seat, feet, toes, heels, knees, hands, palms, fingers or ankles, with left_ or right_ for one side"))
        }
        let points = Self.points(part, side: side)
        if let kind = Prop.Kind(rawValue: words[2]), kind != .wall {
            return .success([Contact(points: points, target: .surface(kind), text: text)])
        }
        guard let (targetPart, targetSide) = Self.part(words[2]), [.knee, .hip, .ankle].contains(targetPart) else {
            return .failure(ContactError("'\(words[2])' is not something to touch; use floor, chair, desk, step, or knees, left_knee, right_knee, hips, left_ankle, right_ankle"))
        }
        // On the body, a hand rests its fingers on a knee and the heel of its palm (the wrist
        // point) on the back of the hips, the fingers pointing down; the flat hand with its
        // fingers is for the floor.
        let resting = part == .hand ? Self.points(targetPart == .hip ? .palm : .fingers, side: side) : points
        let targets = Self.points(targetPart, side: targetSide)
        if targetSide == nil, side == nil {
            // Each side touches its own: hands on knees.
            return .success(zip(resting, targets).map { Contact(points: [$0], target: .body($1), text: text) })
        }
        guard targets.count == 1 else {
            return .failure(ContactError("name one side of the target, like right_knee, when the part is on one side"))
        }
        return .success(resting.map { Contact(points: [$0], target: .body(targets[0]), text: text) })
    }

    /// A word like `left_heel`, `feet` or `hips` as a part and side. Hips are only a target:
    /// the hands on the back of the hips.
    private static func part(_ word: String) -> (name: PartName, side: Side?)? {
        var name = word, side: Side?
        for candidate in Side.allCases where name.hasPrefix(candidate.rawValue + "_") {
            side = candidate
            name = String(name.dropFirst(candidate.rawValue.count + 1))
        }
        let singular: [String: PartName] = [
            "seat": .seat, "foot": .foot, "feet": .foot, "toes": .toes, "toe": .toes, "heel": .heel, "heels": .heel,
            "knee": .knee, "knees": .knee, "hand": .hand, "hands": .hand, "ankle": .ankle, "ankles": .ankle,
            "hip": .hip, "hips": .hip, "fingers": .fingers, "palm": .palm, "palms": .palm,
        ]
        guard let part = singular[name] else { return nil }
        if part == .seat, side != nil { return nil }
        return (part, side)
    }

    enum PartName: Equatable { case seat, foot, toes, heel, knee, hand, palm, fingers, ankle, hip }

    private static func points(_ part: PartName, side: Side?) -> [BodyPoint] {
        let left: [BodyPoint]
        switch part {
        case .seat: return [.pelvis]
        case .foot: left = [.leftHeel, .leftToe]
        case .toes: left = [.leftToe]
        case .heel: left = [.leftHeel]
        case .knee: left = [.leftKnee]
        case .hand: left = [.leftHand, .leftFingers]
        case .palm: left = [.leftHand]
        case .fingers: left = [.leftFingers]
        case .ankle: left = [.leftAnkle]
        case .hip: left = [.leftHip]
        }
        switch side {
        case .left: return left
        case .right: return left.map(\.mirrored)
        case nil: return left + left.map(\.mirrored)
        }
    }
}

public struct ContactError: Error, Sendable, Equatable {
    public var message: String
    init(_ message: String) { self.message = message }
}
