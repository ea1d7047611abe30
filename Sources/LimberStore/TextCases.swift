#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The cases of an enum stored as its raw text, matched from a column's bytes without making a
/// String: a year's summary reads ~20,000 rows, and a String per column plus the raw-value
/// lookup cost ~700 instructions each (docs/PERFORMANCE.md, issue 22).
struct TextCases<Value: Sendable>: Sendable {
    private let cases: [(text: [UInt8], value: Value)]

    /// The case whose raw text is exactly `bytes`, if any.
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return nil }
        for entry in cases where entry.text.count == bytes.count && entry.text[0] == start[0] {
            let same = entry.text.withUnsafeBytes { memcmp($0.baseAddress!, start, bytes.count) == 0 }
            if same { return entry.value }
        }
        return nil
    }
}

extension TextCases where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
    init() {
        cases = Value.allCases.map { (Array($0.rawValue.utf8), $0) }
    }
}
