import LimberCore

/// Exercises as text, for authors and reviewers: one pose as the player would draw it in a
/// pane of a given size, or every phase in order with its words and its target's figure.
public enum ExercisePreview {
    /// The figure the player draws for a named pose (or frame) in a pane of `size`, in the
    /// pane's columns (the player's left margin included), blank rows above and below removed;
    /// nil if the exercise has no such pose.
    public static func still(_ exercise: Exercise, pose: String, side: Side?, size: Size, style: FigureStyle) -> [String]? {
        // An exercise done once (marches lift each knee in turn) has no side to choose.
        let side = exercise.sided ? side : nil
        guard let picture = exercise.picture(pose, side: side) else { return nil }
        let box = PlayerLayout(size, for: picture).figure ?? PlayerLayout.Box(x: 0, y: 0, width: size.width, height: size.height)
        let margin = String(repeating: " ", count: box.x)
        return FigureRenderer.render(picture, width: box.width, height: box.height, style: style).trimmedLines
            .map { $0.isEmpty ? $0 : margin + $0 }
    }

    /// The whole movement as text: the steps, then each phase's words and figure, in order.
    public static func phases(_ exercise: Exercise, side: Side?, size: Size, style: FigureStyle) -> String {
        let side = exercise.sided ? (side ?? .left) : nil
        let dot = (style == .ascii ? Glyphs.ascii : Glyphs.unicode).separator
        var out = ["\(exercise.name) (\(exercise.id))\(dot)\(exercise.dose.summary)\(exercise.sided ? " each side" : "")\(dot)\(exercise.place.rawValue)"]
        for (number, step) in exercise.steps.enumerated() { out.append("  \(number + 1). \(step)") }
        if let safety = exercise.safety { out.append("  Safety: \(safety)") }
        if let side { out.append("  " + sideNote(exercise, side)) }
        let noun: String
        if case .frames = exercise.look { noun = "frame" } else { noun = "pose" }
        for (label, pose) in phaseList(exercise) {
            out.append("")
            out.append("\(label) -> \(noun) \(pose)")
            out += still(exercise, pose: pose, side: side, size: size, style: style) ?? []
        }
        return out.joined(separator: "\n")
    }

    /// Which side is drawn and how the other differs, true to how the exercise is drawn: a 3D
    /// figure's other side moves the other limbs (seen from the same place, or from the other
    /// side when the camera follows the side); a hand-placed one is turned round.
    static func sideNote(_ exercise: Exercise, _ side: Side) -> String {
        let shown = side == .left ? "Left side shown" : "Right side shown"
        let other = side == .left ? "right" : "left"
        guard case .body(let look) = exercise.look else { return "\(shown); the \(other) side is its mirror image." }
        if look.mirrorsCamera {
            return "\(shown), seen from that side; the \(other) side is seen from the \(other), its \(other) limbs doing the movement."
        }
        return "\(shown); on the \(other) side the \(other) limbs do the movement, seen from the same place (near limbs solid, far limbs dotted)."
    }

    /// Each phase's words and the pose it moves to: the start, then the hold or one rep.
    static func phaseList(_ exercise: Exercise) -> [(String, String)] {
        var list: [(String, String)] = []
        if let start = exercise.start { list.append(("Start", start)) }
        switch exercise.dose {
        case .hold(let seconds):
            if exercise.cycle.isEmpty, let target = exercise.targets.first { list.append(("Hold \(Int(seconds)) s", target)) }
            for (index, pose) in exercise.cycle.enumerated() {
                list.append(("For \(Int(seconds)) s, over and over: step \(index + 1) of \(exercise.cycle.count)", pose))
            }
        case .reps(let count, let phases, _):
            for (index, (phase, target)) in zip(phases, exercise.targets).enumerated() {
                list.append(("Phase \(index + 1) of \(phases.count), each of \(count) reps: \"\(phase)\"", target))
            }
        }
        return list
    }
}
