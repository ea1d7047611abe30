import LimberCore // Foundation, for ProcessInfo (Sources/LimberCore/Foundation.swift)

/// The process environment, read in one place.
enum Environment {
    static var values: [String: String] { ProcessInfo.processInfo.environment }

    /// NO_COLOR set to anything but the empty string turns colour off (no-color.org).
    static var noColor: Bool { !(values["NO_COLOR"] ?? "").isEmpty }
}
