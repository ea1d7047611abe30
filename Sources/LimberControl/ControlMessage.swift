import LimberCore

/// What another process may ask the running timer (`limber status`, `limber break`, …).
public enum ControlCommand: String, Sendable, Equatable, CaseIterable, Codable {
    case status
    case startBreak = "break"
    case snooze, skip, pause, resume, sit, stand
    /// `limber away` / `limber back [--was-here]`.
    case away, back
    /// The status and, during a break, where it is (`BreakPlace`): `limber prompt` playing the
    /// break in a tmux popup asks this a few times a second. Changes nothing.
    case watch

    /// The engine event the command becomes; nil for `status`, which changes nothing.
    public func event(seconds: Double?, wasHere: Bool = false) -> Event? {
        switch self {
        case .status, .watch: nil
        case .startBreak: .startBreak
        case .snooze: .snooze
        case .skip: .skip
        case .pause: .pause(seconds: seconds)
        case .resume: .resume
        case .sit: .setPosture(.sitting)
        case .stand: .setPosture(.standing)
        case .away: .away
        case .back: .back(wasHere: wasHere)
        }
    }
}

/// One request: one JSON object on one line, `{"v":1,"command":"pause","seconds":600}`.
public struct ControlRequest: Sendable, Equatable, Codable {
    public var v: Int
    public var command: ControlCommand
    /// `pause --for`: how long, in seconds.
    public var seconds: Double?
    /// `back --was-here`: give the away time back.
    public var wasHere: Bool?

    public init(_ command: ControlCommand, seconds: Double? = nil, wasHere: Bool? = nil) {
        v = ControlProtocol.version
        self.command = command
        self.seconds = seconds
        self.wasHere = wasHere
    }

    /// The engine event this request becomes; nil for `status`.
    public var event: Event? { command.event(seconds: seconds, wasHere: wasHere ?? false) }
}

/// One reply: one JSON object on one line. `ok` false carries a one-line `error`; `status` is
/// the timer's state after the request (also sent with a refusal, when there is a timer);
/// `place`, the running break's place, answers `watch` during a break.
public struct ControlReply: Sendable, Equatable, Codable {
    public var v: Int
    public var ok: Bool
    public var error: String?
    public var status: LiveStatus?
    public var place: BreakPlace?

    public init(ok: Bool, error: String? = nil, status: LiveStatus?, place: BreakPlace? = nil) {
        v = ControlProtocol.version
        self.ok = ok
        self.error = error
        self.status = status
        self.place = place
    }

    public static func failure(_ error: String, status: LiveStatus? = nil) -> ControlReply {
        ControlReply(ok: false, error: error, status: status)
    }

    /// A timer with every connection slot taken: the client waits for a slot or, for a status
    /// line, shows the last one it knows.
    public static let busy = ControlReply.failure("busy: too many connections")
}

/// The wire format: one JSON object per line each way, with a version number.
public enum ControlProtocol {
    public static let version = 1
    /// A request line longer than this is refused (and the connection closed).
    public static let maxLine = 4096

    /// The request on one line (without its newline), or the reason it is not one.
    public static func decode(_ line: [UInt8]) -> Result<ControlRequest, ControlError> {
        struct Envelope: Decodable {
            var v: Int?
            var command: String?
            var seconds: Double?
            var wasHere: Bool?
        }
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(line)) else {
            return .failure(.malformed("not a JSON object"))
        }
        guard envelope.v == version else {
            return .failure(.malformed("protocol version \(envelope.v.map(String.init) ?? "missing"); this limber speaks \(version)"))
        }
        guard let name = envelope.command, let command = ControlCommand(rawValue: name) else {
            let known = ControlCommand.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(.malformed("unknown command '\(envelope.command ?? "")'; use one of \(known)"))
        }
        if let seconds = envelope.seconds, !(seconds.isFinite && seconds > 0 && seconds <= DurationLimit.pauseFor.range.upperBound) {
            return .failure(.malformed("seconds must be more than 0 and at most 7 days"))
        }
        var request = ControlRequest(command, seconds: envelope.seconds, wasHere: envelope.wasHere)
        request.v = version
        return .success(request)
    }

    /// A request line. Every line limber writes goes through `JSONValue`, the one JSON writer
    /// and escaper; the reader is JSONDecoder, and `WireRoundTripTests` checks they agree.
    public static func encode(_ request: ControlRequest) -> [UInt8] {
        var fields: [(String, JSONValue)] = [("v", .integer(request.v)), ("command", .string(request.command.rawValue))]
        if let seconds = request.seconds { fields.append(("seconds", .number(seconds))) }
        if let wasHere = request.wasHere { fields.append(("wasHere", .bool(wasHere))) }
        return line(.object(fields))
    }

    /// A reply line (`ReplyWriter`, from the field table).
    public static func encode(_ reply: ControlReply) -> [UInt8] {
        ReplyWriter.line(reply)
    }

    /// A status cache entry: the reply's status object (from the field table) and when it was answered.
    public static func encode(_ entry: StatusCache.Entry) -> [UInt8] {
        line(.object([("saved", .number(entry.saved)), ("status", entry.status.wireObject)]))
    }

    static func line(_ value: JSONValue) -> [UInt8] {
        Array((value.text() + "\n").utf8)
    }

    /// The reply on one line, or nil when it is not one: bad JSON, another version, or a
    /// status or a break's place with a figure out of range (checked here, at the boundary, so nothing after it
    /// meets a weekday 0 or an infinite time).
    public static func decodeReply(_ line: [UInt8]) -> ControlReply? {
        guard let reply = try? JSONDecoder().decode(ControlReply.self, from: Data(line)), reply.v == version,
              reply.status.map({ $0.checked != nil }) ?? true, reply.place?.outOfRange == nil else { return nil }
        return reply
    }
}
