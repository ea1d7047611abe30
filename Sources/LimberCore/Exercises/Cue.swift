/// What the player shows at a moment of an exercise: the side, the step, the rep or hold
/// counter and the animation frame. Derived from the break's progress, never stored.
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
    /// For holds: seconds left on this side.
    public var holdRemaining: Double?
    public var itemRemaining: Double
    public var frame: [String]
    public var next: Exercise?

    /// How long a hold takes to ease into position before the figure holds still.
    static let easeInSeconds = 1.5

    public init?(_ progress: BreakProgress, stillFrame: Bool = false) {
        guard let item = progress.current else { return nil }
        let perSide = max(0.001, item.dose.secondsPerSide)
        let t = progress.itemElapsed
        let sideIndex = min(item.exercise.sides.count - 1, Int(saturating: t / perSide))
        let inSide = t - Double(sideIndex) * perSide
        let side = item.exercise.sides[sideIndex]
        let frames = item.exercise.frames(for: side)
        self.item = item
        position = progress.index + 1
        count = progress.routine.items.count
        self.side = side
        let steps = item.exercise.steps
        step = steps.isEmpty ? "" : steps[min(steps.count - 1, Int(saturating: inSide / perSide * Double(steps.count)))]
        itemRemaining = progress.itemRemaining
        next = progress.next?.exercise
        switch item.dose {
        case .hold:
            holdRemaining = perSide - inSide
            let index = stillFrame ? frames.count - 1
                : min(frames.count - 1, Int(saturating: inSide / Self.easeInSeconds * Double(frames.count)))
            frame = frames.isEmpty ? [] : frames[index]
        case .reps(let total, let phases, let phaseSeconds):
            let repSeconds = phaseSeconds * Double(max(1, phases.count))
            let repIndex = min(total - 1, Int(saturating: inSide / repSeconds))
            let inRep = inSide - Double(repIndex) * repSeconds
            rep = repIndex + 1
            reps = total
            phase = phases.isEmpty ? nil : phases[min(phases.count - 1, Int(saturating: inRep / phaseSeconds))]
            let phaseIndex = min(max(1, phases.count) - 1, Int(saturating: inRep / phaseSeconds))
            // One frame per phase (seated marches: down, left up, down, right up) maps
            // directly; otherwise a rep goes out through the frames and back.
            let moving = frames.count == phases.count ? phaseIndex : Self.pingPong(inRep / repSeconds, frames.count)
            frame = frames.isEmpty ? [] : frames[stillFrame ? frames.count - 1 : moving]
        }
    }

    /// A rep goes out through the frames and back: 0 1 2 1 0 for three frames.
    public static func pingPong(_ fraction: Double, _ count: Int) -> Int {
        guard count > 1 else { return 0 }
        let steps = 2 * (count - 1)
        let position = min(steps - 1, Int(saturating: fraction * Double(steps)))
        return position < count ? position : steps - position
    }
}
