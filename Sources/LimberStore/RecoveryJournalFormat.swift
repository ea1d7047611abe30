import LimberCore

// The recovery journal's JSON: written by `JSONValue`, read by `JSONReader`, in the shape the
// versions before this one wrote with JSONEncoder, so a journal an older limber left behind is
// still read: keys named after the fields, a field with no value left out, times as seconds
// since 2001-01-01 (Foundation's reference date, JSONEncoder's default for a Date).
extension RecoveryJournal {
    var json: JSONValue {
        .object([("events", .array(events.map(\.json))), ("spans", .array(spans.map(\.json)))]
            + (session.map { [("session", $0.json)] } ?? []))
    }

    /// Nil when any entry is not one: a journal is written whole, so a damaged one is left
    /// untouched rather than half read.
    init?(json: JSONValue) {
        guard let events = json["events"]?.arrayValue.flatMap({ all($0, HistoryEvent.init(json:)) }),
              let spans = json["spans"]?.arrayValue.flatMap({ all($0, Span.init(json:)) }),
              let session = optional(json["session"], SessionSnapshot.init(json:))
        else { return nil }
        self.init(events: events, spans: spans, session: session)
    }
}

extension HistoryEvent {
    var json: JSONValue {
        .object([("at", .date(at)), ("kind", .string(kind.rawValue))]
            + field("posture", posture.map { .string($0.rawValue) })
            + field("seconds", seconds.map(JSONValue.number))
            + field("name", name.map(JSONValue.string))
            + field("result", result.map { .string($0.rawValue) })
            + field("sides", sides.map(JSONValue.string)))
    }

    init?(json: JSONValue) {
        guard let at = json["at"]?.dateValue, let kind = json["kind"]?.stringValue.flatMap(Kind.init(rawValue:)),
              let posture = optional(json["posture"], { $0.stringValue.flatMap(Posture.init(rawValue:)) }),
              let seconds = optional(json["seconds"], \.doubleValue),
              let name = optional(json["name"], \.stringValue),
              let result = optional(json["result"], { $0.stringValue.flatMap(Result.init(rawValue:)) }),
              let sides = optional(json["sides"], \.stringValue)
        else { return nil }
        self.init(at: at, kind: kind, posture: posture, seconds: seconds, name: name, result: result, sides: sides)
    }
}

extension Span {
    var json: JSONValue {
        .object([("activity", .string(activity.rawValue)), ("start", .date(start)), ("seconds", .number(seconds))])
    }

    init?(json: JSONValue) {
        guard let activity = json["activity"]?.stringValue.flatMap(Activity.init(rawValue:)),
              let start = json["start"]?.dateValue, let seconds = json["seconds"]?.doubleValue
        else { return nil }
        self.init(activity: activity, start: start, seconds: seconds)
    }
}

extension SessionSnapshot {
    var json: JSONValue {
        .object([("pid", .integer(Int(pid))), ("updated", .date(updated)), ("state", .string(state.rawValue)),
                 ("posture", .string(posture.rawValue)), ("stretchSeconds", .number(stretchSeconds)),
                 ("interval", .number(interval))]
            + field("breakRemaining", breakRemaining.map(JSONValue.number))
            + field("openSpan", openSpan?.json)
            + [("running", .bool(running))])
    }

    init?(json: JSONValue) {
        guard case .integer(let pid)? = json["pid"], let pid = Int32(exactly: pid),
              let updated = json["updated"]?.dateValue,
              let state = json["state"]?.stringValue.flatMap(LiveState.init(rawValue:)),
              let posture = json["posture"]?.stringValue.flatMap(Posture.init(rawValue:)),
              let stretchSeconds = json["stretchSeconds"]?.doubleValue, let interval = json["interval"]?.doubleValue,
              let breakRemaining = optional(json["breakRemaining"], \.doubleValue),
              let openSpan = optional(json["openSpan"], Span.init(json:)),
              let running = json["running"]?.boolValue
        else { return nil }
        self.init(pid: pid, updated: updated, state: state, posture: posture, stretchSeconds: stretchSeconds,
                  interval: interval, breakRemaining: breakRemaining, openSpan: openSpan, running: running)
    }
}

private extension JSONValue {
    static func date(_ date: Date) -> JSONValue { .number(date.timeIntervalSinceReferenceDate) }

    var dateValue: Date? { doubleValue.map(Date.init(timeIntervalSinceReferenceDate:)) }
}

/// A field written only when it has a value.
private func field(_ key: String, _ value: JSONValue?) -> [(String, JSONValue)] {
    value.map { [(key, $0)] } ?? []
}

/// A field that may be left out: `.some(nil)` when it is, nil when it is there but not a `T`.
private func optional<T>(_ value: JSONValue?, _ read: (JSONValue) -> T?) -> T?? {
    guard let value else { return .some(nil) }
    return read(value).map { .some($0) }
}

/// Every element read, or nil if one is not.
private func all<T>(_ values: [JSONValue], _ read: (JSONValue) -> T?) -> [T]? {
    var elements: [T] = []
    elements.reserveCapacity(values.count)
    for value in values {
        guard let element = read(value) else { return nil }
        elements.append(element)
    }
    return elements
}
