/// A problem in an exercise file, located to the file, line and field.
public struct ExerciseFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// For syntax errors, where on the line.
    public var column: Int? = nil
    public var field: String?
    public var message: String

    public var description: String {
        let field = field.map { "field '\($0)': " } ?? ""
        let column = column.map { ":\($0)" } ?? ""
        return "\(file):\(line)\(column): \(field)\(message)"
    }
}
