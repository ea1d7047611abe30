import LimberCore

/// The one line of `limber status` (and of the commands), for tmux status bars and prompts,
/// and its JSON form. The words come from `StateWords`, the placeholders and JSON keys from
/// `StatusField.all`; both are documented in docs/USER-GUIDE.md.
public enum StatusLine {
    public static var placeholders: [String] { StatusField.placeholders }
    /// Appended when the timer did not answer in time (stopped with Ctrl-Z, hung).
    public static let notResponding = "not responding"

    /// A template's placeholder that is not known, if any.
    public static func unknownPlaceholder(in template: String) -> String? {
        names(in: template).first { !placeholders.contains($0) }
    }

    /// The default line: `sitting 12:34 · break in 32:26`, and its forms for the other states.
    public static func standard(_ status: LiveStatus, responding: Bool = true) -> String {
        let line = StateWords(status).line
        return responding ? line : line + " · " + notResponding
    }

    /// The template with its placeholders filled in. Spaces at the end go: `{doing} {next}`
    /// while away is `away`, not `away `, where `{next}` has nothing to say.
    public static func render(_ template: String, _ status: LiveStatus, responding: Bool = true) -> String {
        var text = template
        for name in placeholders {
            text = text.replacingAll("{\(name)}", with: status.text(of: name) ?? "")
        }
        while text.last == " " { text.removeLast() }
        return responding ? text : text + " · " + notResponding
    }

    /// `--json`: one object, keys in a fixed order; a key whose figure does not apply now is left out.
    public static func json(_ status: LiveStatus, responding: Bool = true) -> String {
        status.jsonObject(responding: responding).text(spaced: true)
    }

    private static func names(in template: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in template {
            if character == "{" { current = "" } else if character == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil { current?.append(character) }
        }
        return names
    }
}
