/// Which local calendar day an instant falls on, and when a day starts.
///
/// A protocol: the rules take a day clock and never read the system's zone themselves; the
/// program passes `SystemDayClock` (LimberClock, the C library's local time), tests pin a zone.
public protocol DayClock: Sendable {
    func day(of date: Date) -> LocalDay
    func start(of day: LocalDay) -> Date
    /// The ISO weekday (1 Monday … 7 Sunday) and minute of the day, in local time.
    func timeOfWeek(_ date: Date) -> (weekday: Int, minute: Int)
}

extension DayClock {
    /// The day after `day`. Days are 23 to 25 hours long, so step 36 hours past its start.
    public func day(after day: LocalDay) -> LocalDay {
        self.day(of: start(of: day).addingTimeInterval(36 * 3600))
    }

    public func day(before day: LocalDay) -> LocalDay {
        self.day(of: start(of: day).addingTimeInterval(-12 * 3600))
    }

    /// The wall-clock interval a day covers.
    public func interval(of day: LocalDay) -> (start: Date, end: Date) {
        (start(of: day), start(of: self.day(after: day)))
    }
}
