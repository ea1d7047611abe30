import LimberCore

/// What the run loop shows besides the timer: the help box, the summary screen's day and the
/// notice line. A value, changed only by `update` (input in, model and commands out, the
/// Bubble Tea shape), so which screen is on top is decided in one place and tested as values;
/// drawing reads it and never changes it.
public struct ScreenModel: Sendable, Equatable {
    /// The help box, over the timer's screen (never over the summary: opening one closes it).
    public private(set) var helpShowing = false
    /// The summary screen's day, while it is open; it covers the timer's screen.
    public private(set) var summaryDay: LocalDay?
    public private(set) var notice: Notice?

    public struct Notice: Sendable, Equatable {
        public var text: String
        /// Uptime at which it goes.
        public var until: Double
    }

    /// How long a key's or a command's notice stays on screen.
    public static let noticeSeconds = 3.0

    public init() {}

    public enum Input: Sendable, Equatable {
        case key(Key)
        /// The clock moved or the engine's state changed: notices expire, and a prompt takes
        /// the screen back from the summary (it must be seen).
        case tick
        /// A line to show for `seconds` (a warning at start, a command from another pane).
        case notice(String, seconds: Double)
    }

    /// What the driver carries out.
    public enum Command: Sendable, Equatable {
        case engine(Event)
        /// Read the summary's stored figures for this day.
        case loadSummary(LocalDay)
        /// Repaint everything (the pane was resized).
        case repaint
    }

    /// What `update` needs to know of the world.
    public struct World: Sendable {
        public var state: TimerState
        public var now: Moment
        /// Today, when there is a history to summarise; nil means `d` has nothing to open.
        public var today: LocalDay?
        /// Trying one exercise (`limber exercises show`).
        public var practice: Bool

        public init(state: TimerState, now: Moment, today: LocalDay?, practice: Bool = false) {
            self.state = state
            self.now = now
            self.today = today
            self.practice = practice
        }
    }

    public static func update(_ model: ScreenModel, _ input: Input, _ world: World) -> (ScreenModel, [Command]) {
        var model = model
        switch input {
        case .tick:
            if let notice = model.notice, world.now.uptime >= notice.until { model.notice = nil }
            if world.state.isDue { model.summaryDay = nil }
            return (model, [])
        case .notice(let text, let seconds):
            model.notice = Notice(text: text, until: world.now.uptime + seconds)
            return (model, [])
        case .key(.resize):
            return (model, [.repaint])
        case .key(let key):
            return model.press(key, world)
        }
    }

    /// The key goes to the box or screen on top: the help box takes the keys that close it,
    /// and the others fall through to the screen under it.
    private func press(_ key: Key, _ world: World) -> (ScreenModel, [Command]) {
        var model = self
        let state = world.state
        let table = KeyTable.current(state, summaryOpen: summaryDay != nil, practice: world.practice)
        let help = helpShowing ? KeyTable.help.action(for: key, in: state) : nil
        let action = help ?? table.action(for: key, in: state)
        var commands: [Command] = []
        // Any key but `u` settles the welcome-back line.
        if state.welcome != nil, action != .engine(.back(wasHere: true)) { commands.append(.engine(.welcomeSeen)) }
        switch action {
        case .engine(let event): commands.append(.engine(event))
        case .explain(let reason): model.notice = Notice(text: reason, until: world.now.uptime + Self.noticeSeconds)
        case .toggleHelp: model.helpShowing.toggle()
        case .closeHelp: model.helpShowing = false
        case .openSummary: model.open(world.today, world, &commands)
        case .closeSummary: model.summaryDay = nil
        case .previousDay: model.open(summaryDay?.adding(days: -1), world, &commands)
        case .nextDay: model.open(summaryDay?.adding(days: 1), world, &commands)
        case nil: break
        }
        return (model, commands)
    }

    /// Opens the summary on `day` (never past today); the help box closes, so an Esc after
    /// it closes the summary that is seen, not a box hidden under it.
    private mutating func open(_ day: LocalDay?, _ world: World, _ commands: inout [Command]) {
        guard let day, let today = world.today, day <= today else { return }
        helpShowing = false
        summaryDay = day
        commands.append(.loadSummary(day))
    }
}
