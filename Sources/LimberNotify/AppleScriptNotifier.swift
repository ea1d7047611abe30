#if os(macOS)
import LimberCore
import LimberLibrary

/// macOS: a notification through `osascript` (`display notification`), one process per ring.
/// It has no buttons and cannot be closed or replaced, so only the ring shows. Compiled, but
/// untested here (the CI machines run Linux), like the macOS idle source.
public final class AppleScriptNotifier: PromptChannel {
    public let channel = NotifyChannel.desktop
    private let spawn: ([String]) -> Void

    public init(spawn: @escaping ([String]) -> Void) {
        self.spawn = spawn
    }

    public func ring(_ view: PromptView, first: Bool) {
        spawn(["osascript", "-e", "display notification \(Self.quoted(view.body)) with title \"Limber\" subtitle \(Self.quoted(view.title))"])
    }

    public func update(_ view: PromptView) {}
    public func end() {}
    public var pollRequest: (fd: Int32, events: Int16)? { nil }
    public func take() -> [PromptAnswer] { [] }
    public func takeWarnings() -> [String] { [] }

    /// An AppleScript string literal.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }
}
#endif
