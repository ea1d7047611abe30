/// Conversions and number reading that never trap. `Int(someDouble)` traps on NaN, infinities
/// and values beyond Int's range, and `Int(text)` accepts signs; every number limber reads from
/// a file, a flag or the history goes through here instead.
extension Int {
    /// The nearest Int: NaN becomes 0, values beyond the range stop at `Int.min` / `Int.max`.
    /// Fractions are cut toward zero, like `Int(_:)`; round first when another rule is wanted.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 9_223_372_036_854_775_807.0 {
            self = .max
        } else if value <= -9_223_372_036_854_775_808.0 {
            self = .min
        } else {
            self = Int(value)
        }
    }
}

public enum Checked {
    /// Whole numbers written with ASCII digits only (no sign, spaces or `_`), at most 18 digits
    /// so the value always fits; nil otherwise.
    public static func digits(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }

    /// `12`, `1.5`, `0.25`: ASCII digits with at most one `.` between digits. No sign, exponent,
    /// hex, `inf` or `nan`; very long numbers read as infinity, which every range refuses.
    public static func decimal(_ text: some StringProtocol) -> Double? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (48...57).contains($0) } }) else {
            return nil
        }
        return Double(String(text))
    }
}
