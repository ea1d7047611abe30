/// One figure of `LiveStatus` and what each output calls it. `StatusField.all` is the one table
/// the control reply (and the status cache), `status --json` and `status --format` are written
/// from: a figure added to `LiveStatus` without a row here fails `StatusSchemaTests`.
public struct StatusField: Sendable {
    /// The property's name, which is also its key in the control reply.
    public let name: String
    /// Its key in `status --json`; nil for figures scripts have no use for.
    public let jsonKey: String?
    /// Its `{placeholder}` in `status --format`; nil when it has none.
    public let placeholder: String?
    /// The reply's value; nil leaves the key out (the figure does not apply now).
    let wire: @Sendable (LiveStatus) -> JSONValue?
    /// The `--json` value; nil leaves the key out.
    let json: @Sendable (LiveStatus) -> JSONValue?
    /// The placeholder's text.
    let text: @Sendable (LiveStatus) -> String
    /// Whether the field is one of `LiveStatus`'s stored figures (the others are words).
    public var isStored = true
    /// A figure's value and the range a status read from outside may hold (`outOfRange`).
    var number: (@Sendable (LiveStatus) -> Double?)? = nil
    var range: ClosedRange<Double>? = nil

    /// A figure in seconds, which `--json` gives in whole seconds rounded by `rule`; `shown`
    /// says in which states it applies at all.
    static func seconds(_ name: String, json: String?, placeholder: String? = nil, _ rule: FloatingPointRoundingRule,
                        range: ClosedRange<Double>, shown: @escaping @Sendable (LiveStatus) -> Bool = { _ in true },
                        text: @escaping @Sendable (Double) -> String = DurationText.clock,
                        _ value: @escaping @Sendable (LiveStatus) -> Double?) -> StatusField {
        StatusField(name: name, jsonKey: json, placeholder: placeholder,
                    wire: { value($0).map(JSONValue.number) },
                    json: { status in value(status).flatMap { shown(status) ? .integer(wholeSeconds($0, rule)) : nil } },
                    text: { status in value(status).flatMap { shown(status) ? text($0) : nil } ?? "" },
                    number: value, range: range)
    }

    /// Placeholders worked out from the figures rather than stored.
    static func words(_ placeholder: String, _ text: @escaping @Sendable (LiveStatus) -> String) -> StatusField {
        StatusField(name: placeholder, jsonKey: nil, placeholder: placeholder, wire: { _ in nil }, json: { _ in nil },
                    text: text, isStored: false)
    }

    public static let all: [StatusField] = {
        let running: @Sendable (LiveStatus) -> Bool = { $0.state != .stopped }
        return [
            StatusField(name: "state", jsonKey: "state", placeholder: "state", wire: { .string($0.state.rawValue) },
                        json: { .string($0.state.rawValue) }, text: { $0.state.rawValue }),
            StatusField(name: "posture", jsonKey: "posture", placeholder: "posture", wire: { .string($0.posture.rawValue) },
                        json: { running($0) ? .string($0.posture.rawValue) : nil },
                        text: { running($0) ? $0.posture.rawValue : "" }),
            .seconds("elapsed", json: "elapsed_seconds", placeholder: "elapsed", .down, range: 0...LiveStatus.longest,
                     shown: running) { $0.elapsed },
            StatusField(name: "remaining", jsonKey: "remaining_seconds", placeholder: "remaining",
                        wire: { .number($0.remaining) },
                        json: { running($0) ? .integer(wholeSeconds($0.remaining, .up)) : nil },
                        text: StateWords.remaining, number: { $0.remaining },
                        range: -LiveStatus.longest...DurationLimit.setting.range.upperBound),
            .seconds("breakRemaining", json: "break_remaining_seconds", .up, range: 0...DurationLimit.setting.range.upperBound) { $0.breakRemaining },
            .seconds("snoozeRemaining", json: "snooze_remaining_seconds", .up, range: 0...DurationLimit.setting.range.upperBound) { $0.snoozeRemaining },
            .seconds("pauseRemaining", json: "pause_remaining_seconds", .up, range: 0...LiveStatus.longestPause) { $0.pauseRemaining },
            .seconds("pausedFor", json: "paused_for_seconds", .down, range: 0...LiveStatus.longest) { $0.pausedFor },
            .seconds("awayFor", json: "away_for_seconds", .down, range: 0...LiveStatus.longest) { $0.awayFor },
            // Rounded as `limber summary --format json` rounds them: the same figures.
            .seconds("todaySitting", json: "today_sitting_seconds", placeholder: "today_sitting", .toNearestOrAwayFromZero,
                     range: 0...LiveStatus.dayLength) { $0.todaySitting },
            .seconds("todayStanding", json: "today_standing_seconds", placeholder: "today_standing", .toNearestOrAwayFromZero,
                     range: 0...LiveStatus.dayLength) { $0.todayStanding },
            StatusField(name: "awayAfter", jsonKey: nil, placeholder: nil, wire: { .number($0.awayAfter) }, json: { _ in nil },
                        text: { _ in "" }, number: { $0.awayAfter }, range: DurationLimit.setting.range),
            StatusField(name: "promptsResume", jsonKey: "prompts_resume", placeholder: nil,
                        wire: { status in status.promptsResume.map { opening in
                            .object([("daysAhead", .integer(opening.daysAhead)), ("weekday", .integer(opening.weekday)),
                                     ("minute", .integer(opening.minute))])
                        } },
                        json: { status in status.promptsResume.map { .string($0.when) } },
                        text: { _ in "" }),
            // While a prompt is open: the break's first exercise, for `limber prompt` (the tmux popup).
            StatusField(name: "nextExercise", jsonKey: nil, placeholder: nil, wire: { $0.nextExercise.map(JSONValue.string) },
                        json: { _ in nil }, text: { _ in "" }),
            .words("doing") { StateWords($0).doing },
            .words("next") { StateWords($0).next },
        ]
    }()

    /// The placeholders `status --format` knows, in the documented order.
    public static let placeholders = all.compactMap(\.placeholder)
}

extension LiveStatus {
    /// The control reply's (and the status cache's) object.
    public var wireObject: JSONValue {
        .object(StatusField.all.compactMap { field in field.wire(self).map { (field.name, $0) } })
    }

    /// `status --json`: keys in the table's order, `responding` after `state`; a figure that
    /// does not apply now is left out.
    public func jsonObject(responding: Bool) -> JSONValue {
        var fields = StatusField.all.compactMap { field in field.jsonKey.flatMap { key in field.json(self).map { (key, $0) } } }
        fields.insert(("responding", .bool(responding)), at: 1)
        return .object(fields)
    }

    /// The text of `{placeholder}`, or nil for a name that is not one.
    public func text(of placeholder: String) -> String? {
        StatusField.all.first { $0.placeholder == placeholder }?.text(self)
    }
}
