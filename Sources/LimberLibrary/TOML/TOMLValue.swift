/// A parsed TOML value: every type TOML 1.0 has.
public enum TOMLValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    /// An offset date-time, local date-time, local date or local time.
    case dateTime(TOMLDateTime)
    case array([TOMLValue])
    case table(TOMLTable)

    /// The value's type in plain words, for errors like "expected a number, got a date".
    public var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number"
        case .boolean: "true or false"
        case .dateTime(let value): value.typeName
        case .array: "an array"
        case .table: "a table"
        }
    }
}
