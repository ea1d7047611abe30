/// What the player shows at a moment of an exercise: the side, the step, the rep or hold
/// counter and the picture. Derived from the break's progress, never stored.
public struct Cue: Sendable, Equatable {
    public var item: Routine.Item
    /// 1-based position in the routine, and the routine's length.
    public var position: Int
    public var count: Int
    public var side: Side?
    public var step: String
    /// For reps: the current rep (1-based), the number of reps and the phase's label.
    public var rep: Int?
    public var reps: Int?
    public var phase: String?
    /// For holds: seconds left on this side, and once in position, which way to breathe.
    public var holdRemaining: Double?
    public var breath: String?
    public var itemRemaining: Double
    public var picture: Picture?
    public var next: Exercise?

    /// What the switch between the sides of a hold says.
    public static let switchWords = "Switch sides: come back to the start and change to the other side."

    /// A slow breath during a hold: in for this long, then out for as long.
    static let breathSeconds = 4.0

    public init?(_ progress: BreakProgress, stillFrame: Bool = false) {
        guard let item = progress.current else { return nil }
        let perSide = max(0.001, item.dose.secondsPerSide)
        let (side, inSide) = item.place(at: progress.itemElapsed)
        // The right side of a hold starts with the switch; its hold (and its clock) after it.
        let holding = max(0, inSide - (side == .right ? Motion.switchLength(item.exercise, item.dose) : 0))
        self.item = item
        position = progress.index + 1
        count = progress.routine.items.count
        self.side = side
        let steps = item.exercise.steps
        step = steps.isEmpty ? "" : steps[min(steps.count - 1, Int(saturating: holding / perSide * Double(steps.count)))]
        itemRemaining = progress.itemRemaining
        next = progress.next?.exercise
        picture = Motion(item.exercise, dose: item.dose).picture(side: side, at: inSide, still: stillFrame)
        switch item.dose {
        case .hold:
            holdRemaining = perSide - holding
            let settled = holding - Motion.easeInSeconds
            if Motion(item.exercise, dose: item.dose).isSwitching(side: side, at: inSide) {
                step = Self.switchWords
            } else if item.exercise.breathe, settled >= 0 {
                breath = Int(saturating: settled / Self.breathSeconds) % 2 == 0 ? "breathe in slowly" : "breathe out, let go a little"
            }
        case .reps(let total, let phases, _):
            // The same phase the picture moves in, so words and figure agree.
            let index = Motion(item.exercise, dose: item.dose).phaseIndex(at: inSide)
            let count = max(1, phases.count)
            rep = index / count + 1
            reps = total
            phase = phases.isEmpty ? nil : phases[index % count]
        }
    }
}
