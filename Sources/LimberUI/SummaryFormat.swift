import LimberCore

/// `limber summary` output: JSON, CSV or a text table. JSON and CSV are written from the one
/// column table, `DayField.all`; the text table rounds seconds the same way (see `DurationText.total`).
public enum SummaryFormat: String, CaseIterable, Sendable {
    case text, json, csv

    /// The columns, in the documented order (CSV header and JSON keys).
    public static var columns: [String] { DayField.all.map(\.key) }

    /// - Parameters:
    ///   - names: exercise id → name, for the text table (JSON and CSV keep the ids).
    ///   - glyphs: the text table's bar and signs; ASCII when the locale is not UTF-8.
    public func render(_ days: [DayTotals], goal: Double, names: [String: String], glyphs: Glyphs) -> String {
        switch self {
        case .json: Self.jsonText(days)
        case .csv: Self.csvText(days)
        case .text: SummaryTable.text(days, goal: goal, names: names, glyphs: glyphs)
        }
    }

    public static func jsonText(_ days: [DayTotals]) -> String {
        // One byte buffer for the whole year (JSONValue.write).
        var out = Array("[\n".utf8)
        for (index, day) in days.enumerated() {
            out += (index == 0 ? "  " : ",\n  ").utf8
            day.jsonObject.write(to: &out, spaced: true)
        }
        out += (days.isEmpty ? "]" : "\n]").utf8
        return String(decoding: out, as: UTF8.self)
    }

    public static func csvText(_ days: [DayTotals]) -> String {
        ([columns.joined(separator: ",")] + days.map(\.csvRow)).joined(separator: "\n")
    }
}
