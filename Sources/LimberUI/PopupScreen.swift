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

    /// The due prompt: how long seated, the first exercise, and the keys.
    public static func prompt(_ status: LiveStatus, pane: Pane, problem: String?, _ context: ScreenContext) -> Canvas {
        let seated = DurationText.clock(status.elapsed)
        var lines = [
            "Break due  +" + DurationText.clock(max(0, -status.remaining)),
            status.posture == .sitting ? "Seated for \(seated): time to stand up and move."
                : "On your feet for \(seated): time to rest or change position.",
        ]
        if let exercise = status.nextExercise { lines.append("First exercise: " + SafeText.escaped(exercise)) }
        lines.append("")
        lines.append("Enter  start the break here")
        if pane.canGo {
            lines.append("g      start it in limber's pane and go there" + (pane.place.map { ":\n       " + SafeText.escaped($0) } ?? ""))
        }
        lines += ["z      snooze", "x      skip this break", "Esc    close; the prompt stays in limber's pane"]
        if let problem { lines += ["", SafeText.escaped(problem)] }
        var canvas = Canvas(context.size)
        var y = 0
        for line in lines.flatMap({ $0.split(separator: "\n", omittingEmptySubsequences: false) }) {
            for part in Wrap.lines(context.glyphs.text(String(line)), width: max(1, canvas.width - 2)) where y < canvas.height {
                canvas.put(part, x: 1, y: y, style: y == 0 ? .strong : .plain)
                y += 1
            }
        }
        return canvas
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
        canvas.put(" " + context.glyphs.text(keys.joined(separator: context.glyphs.separator)), x: 0, y: canvas.height - 1, style: .faint)
    }
}
