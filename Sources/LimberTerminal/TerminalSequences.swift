import LimberCore

/// The escape sequences limber sends outside ncurses: the title, bracketed paste and desktop
/// notifications.
public enum TerminalSequences {
    /// xterm's title stack (CSI 22/23 t), which tmux and most terminals honour.
    public static let pushTitle = "\u{1B}[22;2t"
    public static let popTitle = "\u{1B}[23;2t"

    /// Bracketed paste (xterm mode 2004): the terminal wraps pasted text in the two markers, so
    /// a paste can be told from typing and dropped. Turned off on every way out.
    public static let bracketedPasteOn = "\u{1B}[?2004h"
    public static let bracketedPasteOff = "\u{1B}[?2004l"
    static let pasteStart = "\u{1B}[200~"
    static let pasteEnd = "\u{1B}[201~"

    /// OSC 2: the window title, or the pane title inside tmux.
    public static func title(_ text: String) -> String {
        "\u{1B}]2;\(clean(text))\u{07}"
    }

    /// OSC 777 (urxvt, foot, WezTerm, Ghostty) and OSC 9 (iTerm2, kitty, Windows Terminal):
    /// terminals show whichever they know and ignore the other. Inside tmux they are wrapped to
    /// pass through to the outer terminal (tmux's allow-passthrough must be on).
    public static func notification(title: String, body: String, insideTmux: Bool) -> String {
        let sequences = ["\u{1B}]777;notify;\(clean(title));\(clean(body))\u{07}", "\u{1B}]9;\(clean(body))\u{07}"]
        guard insideTmux else { return sequences.joined() }
        return sequences.map { "\u{1B}Ptmux;" + $0.replacingAll("\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\" }.joined()
    }

    /// Control characters would end or corrupt the sequence.
    static func clean(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 32 && $0.value != 127 }.map(Character.init))
    }
}
