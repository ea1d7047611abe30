#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import LimberUI

/// The full-screen terminal: the one place that talks to ncurses.
///
/// It sets the terminal up and puts it back, paints a Canvas (ncurses sends only what changed),
/// and reads keys with a timeout so the run loop sleeps until something is due.
public final class Terminal {
    public private(set) var isActive = false
    public let useColor: Bool
    private var screen: OpaquePointer?
    private var colorPairs: [Style.Color: Int16] = [:]
    private var lastFrame: Canvas?
    private var titleSaved = false

    /// Sets the window or pane title (OSC 2); the first call saves the old title, restored by `stop`.
    public func setTitle(_ title: String) {
        if !titleSaved {
            send(TerminalSequences.pushTitle)
            titleSaved = true
        }
        send(TerminalSequences.title(title))
    }

    /// Checks that the terminal can be driven. Call before `start`, so errors can be printed
    /// normally and the terminal is never touched when it cannot be used.
    public static func check() throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
        let term = currentTerm
        guard !term.isEmpty, term != "dumb", limber_term_usable() == 1 else {
            throw TerminalError.unusableTerm(term.isEmpty ? "(unset)" : term)
        }
    }

    static var currentTerm: String {
        getenv("TERM").map { String(cString: $0) } ?? ""
    }

    /// Whether the locale can show UTF-8 glyphs. Sets the locale from the environment.
    public static func localeIsUTF8() -> Bool {
        setlocale(LC_ALL, "")
        return limber_locale_is_utf8() == 1
    }

    public init(noColor: Bool) {
        useColor = !noColor
    }

    public func start() throws {
        setlocale(LC_ALL, "")
        guard let created = limber_newterm() else {
            throw TerminalError.startFailed(Self.currentTerm)
        }
        screen = created
        isActive = true
        set_escdelay(25)
        cbreak()
        noecho()
        nonl()
        keypad(limber_stdscr(), true)
        curs_set(0)
        // The cursor is hidden, so ncurses need not move it after each frame: fewer bytes.
        leaveok(limber_stdscr(), true)
        setUpColors()
    }

    /// Puts the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard isActive else { return }
        isActive = false
        if titleSaved { send(TerminalSequences.popTitle) }
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
    }

    /// Keys arrive on stdin; the run loop polls it with the control socket.
    public var inputDescriptor: Int32 { 0 }

    public var size: Size {
        Size(width: Int(limber_cols()), height: Int(limber_lines()))
    }

    public func bell() {
        beep()
    }

    /// Writes escape sequences the terminal (or tmux) interprets, such as the title. They go
    /// straight to the tty between frames; none of them moves the cursor.
    public func send(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                write(1, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { if errno == EINTR { continue } else { return } }
            offset += written
        }
    }

    /// Paints the canvas. Rows equal to the last frame are not touched at all (most frames
    /// change two or three rows); ncurses then sends only the cells that differ.
    public func draw(_ canvas: Canvas) {
        let window = limber_stdscr()
        let previous = lastFrame?.size == canvas.size ? lastFrame : nil
        if previous == nil { werase(window) }
        for y in 0..<canvas.height where previous.map({ !$0.rowEquals(canvas, y) }) ?? true {
            drawRow(canvas, y, window)
        }
        wrefresh(window)
        lastFrame = canvas
    }

    /// Forgets the last frame, so the next draw repaints everything (after a resize or resume).
    public func invalidate() {
        lastFrame = nil
    }

    private func drawRow(_ canvas: Canvas, _ y: Int, _ window: UnsafeMutablePointer<WINDOW>?) {
        var x = 0
        while x < canvas.width {
            let style = canvas[x, y].style
            var run = String.UnicodeScalarView()
            let start = x
            while x < canvas.width, canvas[x, y].style == style {
                run.append(canvas[x, y].character)
                x += 1
            }
            wattrset(window, attributes(for: style))
            _ = mvwaddnstr(window, Int32(y), Int32(start), String(run), -1)
        }
        wattrset(window, limber_a_normal)
    }

    /// Waits up to `milliseconds` for a key; nil when the time runs out or a signal arrives.
    public func readKey(timeoutMilliseconds milliseconds: Int) -> Key? {
        let window = limber_stdscr()
        wtimeout(window, Int32(max(0, milliseconds)))
        var wide: wint_t = 0
        let result = wget_wch(window, &wide)
        if result == KEY_CODE_YES { return decode(keyCode: Int32(wide)) }
        guard result == OK else { return nil }
        return decode(character: UInt32(wide))
    }

    private func decode(keyCode: Int32) -> Key? {
        switch keyCode {
        case KEY_RESIZE: .resize
        case KEY_ENTER: .enter
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_UP: .up
        case KEY_DOWN: .down
        default: nil
        }
    }

    private func decode(character code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 27: return .escape
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func setUpColors() {
        guard useColor, has_colors(), start_color() == OK else { return }
        use_default_colors()
        let wanted: [(Style.Color, Int16)] = [
            (.accent, Int16(COLOR_CYAN)), (.warning, Int16(COLOR_YELLOW)), (.calm, Int16(COLOR_GREEN)),
        ]
        for (index, entry) in wanted.enumerated() {
            let pair = Int16(index + 1)
            init_pair(pair, entry.1, -1)
            colorPairs[entry.0] = pair
        }
    }

    private func attributes(for style: Style) -> Int32 {
        var value = limber_a_normal
        if style.bold { value |= limber_a_bold }
        if style.reverse { value |= limber_a_reverse }
        if style.dim { value |= limber_a_dim }
        if let color = style.color, let pair = colorPairs[color] {
            value |= COLOR_PAIR(Int32(pair))
        }
        return value
    }
}
