import LimberCore

/// What `limber prompt` shows in a tmux popup: the due prompt with its keys and, once the
/// person starts the break there, the break itself, drawn by the pane's own player from the
/// place the running timer gives (`BreakPlace`), with the popup's keys on the last row.
public enum PopupScreen {
    /// What the popup knows of limber's pane.
    public struct Pane: Sendable, Equatable {
        /// `work:1.0 (limber)`, as tmux names it; nil when tmux did not say.
        public var place: String?
        /// `g` can switch this client to it.
        public var canGo: Bool

        public init(place: String?, canGo: Bool) {
            self.place = place
            self.canGo = canGo
        }
    }

    /// The due prompt: how long seated, the first exercise, and the keys. In a short popup the
    /// blank lines go first, then the first exercise, then how long seated: the keys stay.
    public static func prompt(_ status: LiveStatus, pane: Pane, problem: String?, _ context: ScreenContext) -> Canvas {
        let seated = DurationText.clock(status.elapsed)
        let width = max(1, context.size.width - 2)
        // Each part with the rank at which it is dropped (lowest first; nil stays).
        var parts: [(lines: [String], drop: Int?)] = [
            (wrap("Break due  +" + DurationText.clock(max(0, -status.remaining)), width, context), nil),
            (wrap("\(status.posture.heldFor) \(seated): \(status.posture.breakAdvice).", width, context), 3),
        ]
        if let exercise = status.nextExercise { parts.append((wrap("First exercise: " + SafeText.escaped(exercise), width, context), 2)) }
        parts.append(([""], 1))
        var keys = [("Enter", "start the break here")]
        if pane.canGo {
            keys.append(("g", "start it in limber's pane and go there" + (pane.place.map { ": " + SafeText.escaped($0) } ?? "")))
        }
        keys += [("z", "snooze"), ("x", "skip this break"), ("Esc", "close; the prompt stays in limber's pane")]
        for (key, words) in keys { parts.append((keyLines(key, words, width, context), nil)) }
        if let problem { parts += [([""], 1), (wrap(SafeText.escaped(problem), width, context), nil)] }
        var dropped = 0
        var lines = parts.flatMap(\.lines)
        while lines.count > context.size.height, dropped < 3 {
            dropped += 1
            lines = parts.filter { ($0.drop ?? Int.max) > dropped }.flatMap(\.lines)
        }
        var canvas = Canvas(context.size)
        let top = max(0, (canvas.height - lines.count) / 2)
        for (offset, line) in lines.prefix(canvas.height).enumerated() {
            canvas.put(line, x: 1, y: top + offset, style: offset == 0 ? .strong : .plain)
        }
        return canvas
    }

    private static func wrap(_ text: String, _ width: Int, _ context: ScreenContext) -> [String] {
        Wrap.lines(context.glyphs.text(text), width: width)
    }

    /// `Enter  start the break here`: the words in a column after the key, wrapped under it.
    private static func keyLines(_ key: String, _ words: String, _ width: Int, _ context: ScreenContext) -> [String] {
        let column = 7
        let lines = Wrap.lines(context.glyphs.text(words), width: max(1, width - column))
        return lines.enumerated().map { index, line in
            (index == 0 ? key + String(repeating: " ", count: max(1, column - key.count)) : String(repeating: " ", count: column)) + line
        }
    }

    /// The running break, as limber's pane plays it.
    public static func playing(_ progress: BreakProgress, posture: Posture, pane: Pane, _ context: ScreenContext) -> Canvas {
        var canvas = Canvas(context.size)
        header(progress.isPaused ? "Break, paused in limber's pane" : "Break", context, on: &canvas)
        // The popup has no keys of its own for the break: pausing and skipping are the pane's.
        BreakScreen.draw(progress, posture: posture, context, on: &canvas) { _ in nil }
        footer(pane, context, on: &canvas)
        return canvas
    }

    /// A break whose exercises this process cannot find (its library is not the timer's): the
    /// time left, and where the break plays.
    public static func elsewhere(_ status: LiveStatus, pane: Pane, _ context: ScreenContext) -> Canvas {
        var canvas = Canvas(context.size)
        header("Break", context, on: &canvas)
        var body = Body(width: canvas.width - 2)
        body.add("On break: " + DurationText.countdown(status.breakRemaining ?? 0) + " left", .strong)
        body.gap()
        body.add("The exercises play in limber's pane" + (pane.place.map { ", " + SafeText.escaped($0) } ?? "") + ".")
        body.draw(on: &canvas, in: Body.rows(of: canvas))
        footer(pane, context, on: &canvas)
        return canvas
    }

    private static func header(_ title: String, _ context: ScreenContext, on canvas: inout Canvas) {
        canvas.put(" " + title, x: 0, y: 0)
        if canvas.width >= title.count + 10 { canvas.putRight("Limber", y: 0, margin: 1, style: .accent) }
        canvas.put(String(repeating: String(context.glyphs.rule), count: canvas.width), x: 0, y: 1, style: .faint)
    }

    /// The popup's keys: closing leaves the break playing in the pane.
    private static func footer(_ pane: Pane, _ context: ScreenContext, on canvas: inout Canvas) {
        var keys = ["Esc close (the break goes on in limber's pane)"]
        if pane.canGo { keys.append("g go there") }
        var text = keys.joined(separator: context.glyphs.separator)
        if text.count > canvas.width - 2 { text = (pane.canGo ? ["Esc close", "g go there"] : ["Esc close"]).joined(separator: context.glyphs.separator) }
        canvas.put(" " + context.glyphs.text(text), x: 0, y: canvas.height - 1, style: .faint)
    }
}
