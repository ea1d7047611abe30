#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import LimberCore
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
    /// Whether the old title is on the terminal's title stack, to be popped on the way out.
    private var titleSaved = false
    /// The title limber shows, set again after a suspend.
    private var currentTitle: String?
    /// Without an alternate screen (TERM=linux) the last frame would stay under the shell prompt.
    private var hasAlternateScreen = true
    /// A paste being read and dropped.
    private var paste: PasteDrain?

    /// Key codes for the bracketed-paste markers, above every code ncurses defines.
    private static let pasteStartCode = KEY_MAX + 1
    private static let pasteEndCode = KEY_MAX + 2
    /// More bytes than this waiting behind a key can only be a paste (typing comes one key at a
    /// time), from a terminal that does not bracket pastes.
    private static let burstBytes: Int32 = 16

    /// Sets the window or pane title (OSC 2); the first call saves the old title, restored by `stop`.
    public func setTitle(_ title: String) {
        currentTitle = title
        if !titleSaved {
            send(TerminalSequences.pushTitle)
            titleSaved = true
            prepareRestore()
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

    /// Takes the terminal. Install `Signals` first: from here on every way out restores it.
    public func start() throws {
        setlocale(LC_ALL, "")
        TerminalRestore.saveTTYMode()
        guard let created = limber_newterm() else {
            TerminalRestore.clear()
            throw TerminalError.startFailed(Self.currentTerm)
        }
        screen = created
        isActive = true
        hasAlternateScreen = limber_capability("smcup") != nil
        set_escdelay(25)
        cbreak()
        noecho()
        nonl()
        // No typeahead check while painting: ncurses would poll stdin twice a frame and flush its
        // buffer before each poll, sending one frame in up to five writes. A frame is a few cells;
        // a key waits at most one of them. One write a frame instead (CPU, issue 22).
        typeahead(-1)
        keypad(limber_stdscr(), true)
        define_key(TerminalSequences.pasteStart, Self.pasteStartCode)
        define_key(TerminalSequences.pasteEnd, Self.pasteEndCode)
        curs_set(0)
        // The cursor is hidden, so ncurses need not move it after each frame: fewer bytes.
        leaveok(limber_stdscr(), true)
        setUpColors()
        send(TerminalSequences.bracketedPasteOn)
        prepareRestore()
    }

    /// Puts the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard isActive else { return }
        isActive = false
        TerminalRestore.clear()
        leaveModes()
        endwin()
        // The shell prompt would otherwise be printed over the last frame.
        if !hasAlternateScreen { send(Self.capability("clear")) }
        if let screen { delscreen(screen) }
        screen = nil
    }

    /// Undoes what limber set outside ncurses, in the reverse order: paste mode, title.
    private func leaveModes() {
        send(TerminalSequences.bracketedPasteOff)
        if titleSaved { send(TerminalSequences.popTitle) }
        titleSaved = false
        curs_set(1)
    }

    /// Ctrl-Z: the terminal goes back to the shell as on quit (title included), the process
    /// stops, and on `fg` everything is taken again and the screen repainted.
    private func suspend() {
        TerminalRestore.prepare([])
        leaveModes()
        def_prog_mode()
        endwin()
        stopUntilForeground()
        retake()
    }

    /// Stops, and stays stopped until continued in the foreground: `bg` continues a stopped
    /// job in the background, where taking the terminal would draw over the shell (and each
    /// tty call would raise SIGTTOU).
    private func stopUntilForeground() {
        repeat { Signals.stopProcess() } while !isForeground
    }

    /// Whether limber's process group owns the terminal now.
    private var isForeground: Bool {
        let owner = tcgetpgrp(inputDescriptor)
        return owner < 0 || owner == getpgrp() // no answer (not a tty any more): carry on
    }

    /// Continued after a stop limber did not see coming (SIGSTOP, or a SIGTSTP sent while a
    /// key was being drawn): the shell has put the tty back in line mode with echo and may have
    /// written over the screen. Leave ncurses' modes and take them again, as after Ctrl-Z.
    private func continueAfterStop() {
        if !isForeground { stopUntilForeground() }
        endwin()
        retake()
    }

    /// After endwin: the first refresh restores ncurses' modes (raw, no echo, keypad, the
    /// alternate screen); clearok repaints everything; then limber's own modes and title.
    private func retake() {
        clearok(limber_stdscr(), true)
        wrefresh(limber_stdscr())
        curs_set(0)
        send(TerminalSequences.bracketedPasteOn)
        if let currentTitle { setTitle(currentTitle) }
        prepareRestore()
    }

    /// Publishes what a signal handler must write to give the terminal back: the same steps
    /// as `stop`, as bytes, in the same order.
    private func prepareRestore() {
        var text = TerminalSequences.bracketedPasteOff
        text += Self.capability("sgr0") + Self.capability("rmkx") + Self.capability("cnorm")
        if titleSaved { text += TerminalSequences.popTitle }
        text += Self.capability("rmcup")
        TerminalRestore.prepare(Array(text.utf8))
    }

    /// A terminfo string without its padding (`$<5>`), which only `tputs` understands.
    private static func capability(_ name: String) -> String {
        guard let value = limber_capability(name) else { return "" }
        var text = Substring(String(cString: value))
        var result = ""
        while let start = text.firstRange(ofText: "$<") {
            result += text[..<start.lowerBound]
            guard let end = text[start.upperBound...].firstIndex(of: ">") else { return result + text[start.lowerBound...] }
            text = text[text.index(after: end)...]
        }
        return result + text
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
        for y in 0..<canvas.height {
            // Only the cells that changed reach ncurses: it would otherwise decode the whole
            // row's text again to find the same few cells itself (issue 22).
            guard let columns = previous.map({ canvas.changedColumns(from: $0, row: y) }) ?? 0..<canvas.width else { continue }
            drawRow(canvas, y, columns, window)
        }
        wrefresh(window)
        lastFrame = canvas
    }

    /// Forgets the last frame, so the next draw repaints everything (after a resize or resume).
    public func invalidate() {
        lastFrame = nil
    }

    private func drawRow(_ canvas: Canvas, _ y: Int, _ columns: Range<Int>, _ window: UnsafeMutablePointer<WINDOW>?) {
        var x = columns.lowerBound
        while x < columns.upperBound {
            let style = canvas[x, y].style
            let start = x
            while x < columns.upperBound, canvas[x, y].style == style { x += 1 }
            wattrset(window, attributes(for: style))
            _ = mvwaddnstr(window, Int32(y), Int32(start), String(canvas.rowScalars(y, start..<x)), -1)
        }
        wattrset(window, limber_a_normal)
    }

    /// Waits up to `milliseconds` for a key; nil when the time runs out, a signal arrives or
    /// input was a paste (read in bulk and dropped: a paste never runs commands). Ctrl-Z is
    /// carried out here, and returns nil once limber is continued.
    public func readKey(timeoutMilliseconds milliseconds: Int) -> Key? {
        if Signals.takePendingSuspend() {
            suspend()
            return nil
        }
        if Signals.takePendingContinue() {
            continueAfterStop()
            return nil
        }
        if Signals.somethingPending { return nil }
        if paste != nil {
            drainPaste(milliseconds)
            return nil
        }
        let window = limber_stdscr()
        wtimeout(window, Int32(max(0, milliseconds)))
        var wide: wint_t = 0
        let result = wget_wch(window, &wide)
        if result == KEY_CODE_YES {
            switch Int32(wide) {
            case Self.pasteStartCode:
                paste = PasteDrain(.bracketed)
                drainPaste(milliseconds)
                return nil
            case Self.pasteEndCode: return nil
            default: return decode(keyCode: Int32(wide))
            }
        }
        guard result == OK else { return nil }
        if limber_pending_bytes(0) > Self.burstBytes {
            paste = PasteDrain(.burst)
            drainPaste(milliseconds)
            return nil
        }
        return decode(character: UInt32(wide))
    }

    /// Drops pasted input for at most the time the caller would have waited, so the screen
    /// keeps counting during an endless paste.
    private func drainPaste(_ milliseconds: Int) {
        guard var drain = paste else { return }
        paste = drain.drop(forMilliseconds: milliseconds) ? drain : nil
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
