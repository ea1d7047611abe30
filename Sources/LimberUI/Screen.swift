import LimberCore

/// Picks the screen for the state and paints it.
public enum Screen {
    /// Below this size the full layout cannot work; a compact text view is shown instead.
    public static let minimumSize = Size(width: 24, height: 6)

    public static func render(_ state: TimerState, _ context: ScreenContext) -> Canvas {
        var canvas = Canvas(context.size)
        if context.size.width < minimumSize.width || context.size.height < minimumSize.height {
            TinyScreen.draw(state, context, on: &canvas)
            return canvas
        }
        Chrome.drawHeader(state, context, on: &canvas)
        switch state.phase {
        case .due: DueScreen.draw(state, context, on: &canvas)
        case .onBreak(let progress): BreakScreen.draw(state, progress, context, on: &canvas)
        default: MainScreen.draw(state, context, on: &canvas)
        }
        Chrome.drawFooter(state, context, on: &canvas)
        if context.showHelp {
            HelpOverlay.draw(KeyTable.current(state, summaryOpen: false, practice: context.practice), context, on: &canvas)
        }
        return canvas
    }
}
