/// One reading of the clocks, taken by the run loop and handed to the engine.
///
/// Durations come from `uptime`, a monotonic clock that keeps counting while the machine sleeps;
/// `wall` is used only to decide which calendar day a second belongs to. Keeping both lets the
/// engine notice sleep as a gap without trusting a wall clock that can jump.
public struct Moment: Sendable, Equatable {
    public var uptime: Double
    public var wall: Date

    public init(uptime: Double, wall: Date) {
        self.uptime = uptime
        self.wall = wall
    }
}
