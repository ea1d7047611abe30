import LimberCore

/// A parsed file in toml-test's tagged JSON (`{"type": "integer", "value": "42"}` for each
/// value), so the official conformance suite can be run against this reader (`toml-decode`).
public enum TOMLTaggedJSON {
    public static func encode(_ table: TOMLTable) -> String {
        var out = ""
        write(.table(table), to: &out)
        return out
    }

    private static func write(_ value: TOMLValue, to out: inout String) {
        switch value {
        case .table(let table):
            out += "{"
            for (number, entry) in table.entries.enumerated() {
                if number > 0 { out += "," }
                writeString(entry.key, to: &out)
                out += ":"
                write(entry.value, to: &out)
            }
            out += "}"
        case .array(let items):
            out += "["
            for (number, item) in items.enumerated() {
                if number > 0 { out += "," }
                write(item, to: &out)
            }
            out += "]"
        case .string(let text): tagged("string", text, to: &out)
        case .integer(let number): tagged("integer", String(number), to: &out)
        case .float(let number): tagged("float", floatText(number), to: &out)
        case .boolean(let flag): tagged("bool", flag ? "true" : "false", to: &out)
        case .dateTime(let moment): tagged(dateType(moment), moment.description, to: &out)
        }
    }

    private static func tagged(_ type: String, _ value: String, to out: inout String) {
        out += "{\"type\":\"\(type)\",\"value\":"
        writeString(value, to: &out)
        out += "}"
    }

    private static func floatText(_ number: Double) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        return "\(number)"
    }

    private static func dateType(_ moment: TOMLDateTime) -> String {
        switch (moment.date, moment.time, moment.offsetMinutes) {
        case (.some, .some, .some): "datetime"
        case (.some, .some, nil): "datetime-local"
        case (.some, nil, _): "date-local"
        default: "time-local"
        }
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += JSONValue.quoted(text)
    }
}
