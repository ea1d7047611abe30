import LimberCore

/// Where the run loop reads the time: the real clocks in the program, a fake one in tests.
public protocol AppClock: AnyObject {
    func now() -> Moment
}
