import LimberCore

/// Writes a reply line by hand. The timer answers up to a hundred status requests a second,
/// and JSONEncoder cost more than the rest of the request together; the client still decodes
/// with JSONDecoder, and a round-trip test keeps the two in step.
enum ReplyWriter {
    static func line(_ reply: ControlReply) -> [UInt8] {
        var fields = ["\"v\":\(reply.v)", "\"ok\":\(reply.ok)"]
        if let error = reply.error { fields.append("\"error\":" + string(error)) }
        if let status = reply.status { fields.append("\"status\":" + object(status)) }
        return Array(("{" + fields.joined(separator: ",") + "}\n").utf8)
    }

    static func object(_ status: LiveStatus) -> String {
        var fields = [
            "\"state\":" + string(status.state.rawValue), "\"posture\":" + string(status.posture.rawValue),
            "\"elapsed\":" + number(status.elapsed), "\"remaining\":" + number(status.remaining),
            "\"todaySitting\":" + number(status.todaySitting), "\"todayStanding\":" + number(status.todayStanding),
            "\"awayAfter\":" + number(status.awayAfter),
        ]
        let optional: [(String, Double?)] = [("breakRemaining", status.breakRemaining),
                                             ("pauseRemaining", status.pauseRemaining),
                                             ("snoozeRemaining", status.snoozeRemaining)]
        for case let (key, value?) in optional { fields.append("\"\(key)\":" + number(value)) }
        if let exercise = status.nextExercise { fields.append("\"nextExercise\":" + string(exercise)) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// JSON has no infinity or NaN; a figure that is not finite is sent as 0.
    static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "0"
    }

    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
