/// The ranges a value read back from the history must fall in. Limber writes only values
/// inside them; a row outside them was edited or damaged, so it is skipped, never trusted (a
/// huge number would trap in a later conversion, or swamp every total).
enum StoredRange {
    /// Instants: 1970 through the end of 9999.
    static let time: ClosedRange<Double> = 0...253_402_300_799
    /// Lengths of time: up to 3660 days, the longest summary.
    static let seconds: ClosedRange<Double> = 0...(3660 * 86_400)
    /// The time between breaks: 1 s to 24 h.
    static let interval: ClosedRange<Double> = 1...86_400
    /// Events of one kind on one day: far more than anyone can cause.
    static let dayCount: ClosedRange<Int> = 1...1_000_000
    static let pid: ClosedRange<Int> = 1...Int(Int32.max)
    /// The engine's phase names.
}
