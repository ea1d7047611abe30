import LimberCore

/// Writes a reply line from the field table (`StatusField.all`). The timer answers up to a
/// hundred status requests a second, and JSONEncoder cost more than the rest of the request
/// together; the client still decodes with JSONDecoder, and `StatusSchemaTests` sets every
/// field and checks it comes back.
enum ReplyWriter {
    static func line(_ reply: ControlReply) -> [UInt8] {
        var fields: [(String, JSONValue)] = [("v", .integer(reply.v)), ("ok", .bool(reply.ok))]
        if let error = reply.error { fields.append(("error", .string(error))) }
        if let status = reply.status { fields.append(("status", status.wireObject)) }
        if let place = reply.place { fields.append(("place", place.wireObject)) }
        return ControlProtocol.line(.object(fields))
    }
}
