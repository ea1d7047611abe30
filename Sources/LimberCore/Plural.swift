/// A count with its noun in the right number: `1 snooze`, `2 snoozes`, `0 snoozes`.
public enum Plural {
    /// - Parameter plural: the plural when it is not `singular + "s"` (`stretch` → `stretches`).
    public static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) " + (number == 1 ? singular : plural ?? singular + "s")
    }
}
