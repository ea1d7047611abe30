import LimberTestSupport

// The mutations the fuzz tests apply, driven by `Seeded` (LimberTestSupport): a fixed seed
// gives the same inputs on every run, so a failure found once is found again.

/// Runs `body` with a fresh input until `iterations` are done or `seconds` have passed, so the
/// whole target stays within its time budget on a loaded machine. Returns how many ran.
func fuzz(seed: UInt64, iterations: Int, seconds: Double, _ body: (inout Seeded) -> Void) -> Int {
    var random = Seeded(state: seed)
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
    var done = 0
    while done < iterations {
        body(&random)
        done += 1
        if clock.now >= deadline { break }
    }
    return done
}

enum Mutator {
    /// Values that have broken parsers before, or plausibly could: huge and signed numbers,
    /// other bases, exponents, control characters, half-open brackets and quotes.
    static let values = [
        "1e18", "1e19", "1e300", "-1e300", "99999999999999999999", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "0", "-0", "-1", "0x10", "0o17", "0b101", "+5", "nan", "inf", "-inf", "1_000", "1.5e3",
        "0.0000001", "600", "601", "100", "101", "1441", "86400", "\"\"", "\"1e18\"", "\"0x10\"", "\"-5m\"", "\"24h1s\"",
        "\"99999999999999999999h\"", "\"1h30m\"", "\"90\"", "\"\u{1b}]52;c;ZXZpbA==\u{07}\"", "\"\\u001b[2J\"", "\"\\u009b\"",
        "\"-1:00-05:00\"", "\"09:00-\"", "\"24:00-00:00\"", "\"99999999999999999999:00-01:00\"", "\"monxyz\"",
        "\"mon,,fri\"", "[\"mon\", \"\"]", "\"~\"", "\"$HOME/x\"", "\"rel/dir\"", "\"\"", "[]", "[[]]", "[1, \"a\"]",
        "true", "false", "'lit'", "\"\"\"\nmulti\n\"\"\"", "{ a = 1 }", "\"0000-01-01\"", "\"sitting\"", "\"floor\"",
    ]

    /// Fragments inserted anywhere, including syntax.
    static let fragments = values + ["\n", "=", "#", "[hooks]", "[x]", "[[x]]", "\u{feff}", "\u{85}", "\u{7f}", "\u{0}",
                                     "\"", "'", "[", "]", "\\", "\r\n", " ", "_", ".", "é", "日"]

    static func mutate(_ text: String, _ random: inout Seeded) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            guard !lines.isEmpty else { lines = [""]; continue }
            let index = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0, 1:
                // A new value for a key: the most productive mutation.
                if let equals = lines[index].firstIndex(of: "=") {
                    lines[index] = String(lines[index][...equals]) + " " + random.pick(values)
                }
            case 2:
                var scalars = Array(lines[index].unicodeScalars)
                let at = Int.random(in: 0...scalars.count, using: &random)
                scalars.insert(contentsOf: random.pick(fragments).unicodeScalars, at: at)
                lines[index] = String(String.UnicodeScalarView(scalars))
            case 3:
                var scalars = Array(lines[index].unicodeScalars)
                if !scalars.isEmpty {
                    let start = Int.random(in: 0..<scalars.count, using: &random)
                    let end = min(scalars.count, start + Int.random(in: 1...8, using: &random))
                    scalars.removeSubrange(start..<end)
                }
                lines[index] = String(String.UnicodeScalarView(scalars))
            case 4:
                var scalars = Array(lines[index].unicodeScalars)
                if !scalars.isEmpty, let scalar = Unicode.Scalar(UInt32.random(in: 0...0xA0, using: &random)) {
                    scalars[Int.random(in: 0..<scalars.count, using: &random)] = scalar
                }
                lines[index] = String(String.UnicodeScalarView(scalars))
            case 5:
                lines.insert(lines[index], at: Int.random(in: 0...lines.count, using: &random))
            default:
                lines.swapAt(index, Int.random(in: 0..<lines.count, using: &random))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A command-line value: a known-bad value, a mutation of a good one, or random scalars.
    static func word(_ good: [String], _ random: inout Seeded) -> String {
        switch Int.random(in: 0..<3, using: &random) {
        case 0: return random.pick(values).replacing("\"", with: "")
        case 1: return mutate(random.pick(good), &random).replacing("\n", with: "")
        default:
            let count = Int.random(in: 0...12, using: &random)
            let alphabet = Array("0123456789:-+.,hmsdayoxe \u{1b}\u{9b}montuewdfrisa".unicodeScalars)
            return String(String.UnicodeScalarView((0..<count).map { _ in random.pick(alphabet) }))
        }
    }
}
