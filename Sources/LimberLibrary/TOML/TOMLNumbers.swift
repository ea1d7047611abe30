import LimberCore

/// Unquoted values: true/false, integers (decimal, 0x, 0o, 0b), floats (with inf and nan),
/// and dates and times. The whole word is read first, then checked against TOML's exact
/// rules, so `1__0`, `01`, `1.` or `9223372036854775808` are refused rather than guessed at.
extension TOMLParser {
    mutating func scalar() throws(TOMLError) -> TOMLValue {
        let start = index
        var word = scanWord()
        if Self.isLocalDate(word), peek() == 0x20, let next = peek(1), Self.isDigit(next), Self.isTimeAhead(bytes, index + 1) {
            index += 1 // `1979-05-27 07:32:00`: a space may stand for the T
            word += [UInt8(ascii: "T")] + scanWord()
        }
        guard let first = word.first else {
            throw failure(peek() == nil || isNewline(peek()) ? "expected a value after '='" : "expected a value, found \(quotedCharacter(at: index))")
        }
        if word == Self.trueWord { return .boolean(true) }
        if word == Self.falseWord { return .boolean(false) }
        if word.count >= 5, word[4] == UInt8(ascii: "-"), word[0..<4].allSatisfy(Self.isDigit) {
            return .dateTime(try dateTime(word, at: start))
        }
        if word.count >= 3, word[2] == UInt8(ascii: ":"), Self.isDigit(word[0]) {
            return .dateTime(try dateTime(word, at: start))
        }
        guard Self.isDigit(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
                || word == Self.infWord || word == Self.nanWord else {
            throw failure("expected a value (strings need quotes)", at: start)
        }
        return try number(word, at: start)
    }

    private static let trueWord = Array("true".utf8), falseWord = Array("false".utf8)
    private static let infWord = Array("inf".utf8), nanWord = Array("nan".utf8)

    /// The run of characters a number, date or word can be made of.
    private mutating func scanWord() -> [UInt8] {
        let start = index
        while let byte = peek(), Self.isWordByte(byte) { index += 1 }
        return Array(bytes[start..<index])
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isLocalDate(_ word: [UInt8]) -> Bool {
        word.count == 10 && word[4] == UInt8(ascii: "-") && word[7] == UInt8(ascii: "-")
    }

    private static func isTimeAhead(_ bytes: [UInt8], _ at: Int) -> Bool {
        at + 2 < bytes.count && isDigit(bytes[at + 1]) && bytes[at + 2] == UInt8(ascii: ":")
    }

    // MARK: Numbers

    private func number(_ word: [UInt8], at start: Int) throws(TOMLError) -> TOMLValue {
        func bad(_ why: String) -> TOMLError {
            failure("'\(FileText.quoted(String(decoding: word, as: UTF8.self)))' is not a valid number: \(why)", at: start)
        }
        var body = word[...]
        var negative = false
        if let sign = body.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            body = body.dropFirst()
        }
        if body.elementsEqual(Self.infWord) { return .float(negative ? -.infinity : .infinity) }
        if body.elementsEqual(Self.nanWord) { return .float(.nan) }
        if body.count > 2, body.first == UInt8(ascii: "0"), let radix = Self.radix(body[body.startIndex + 1]) {
            guard word.count == body.count else { throw bad("0x, 0o and 0b numbers take no sign") }
            return .integer(try prefixed(body.dropFirst(2), radix: radix, bad))
        }
        let parts = try Self.decimalParts(body, bad)
        if parts.fraction == nil, parts.exponent == nil {
            return .integer(try decimal(parts.whole, negative: negative, bad))
        }
        let digits = word.filter { $0 != UInt8(ascii: "_") }
        guard let value = Double(String(decoding: digits, as: UTF8.self)), value.isFinite else {
            throw bad("it is too large")
        }
        return .float(value)
    }

    private static func radix(_ letter: UInt8) -> Int? {
        switch letter {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    /// Splits `12_3.4_5e-6` into whole, fraction and exponent digits, checking each.
    private static func decimalParts(_ body: ArraySlice<UInt8>, _ bad: (String) -> TOMLError) throws(TOMLError)
        -> (whole: ArraySlice<UInt8>, fraction: ArraySlice<UInt8>?, exponent: ArraySlice<UInt8>?) {
        let exponentMark = body.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        let mantissa = body[..<(exponentMark ?? body.endIndex)]
        let dot = mantissa.firstIndex(of: UInt8(ascii: "."))
        let whole = mantissa[..<(dot ?? mantissa.endIndex)]
        try checkDigits(whole, radix: 10, what: "the whole part", bad)
        if whole.count > 1, whole.first == UInt8(ascii: "0") { throw bad("leading zeros are not allowed") }
        let fraction = dot.map { mantissa[($0 + 1)...] }
        if let fraction { try checkDigits(fraction, radix: 10, what: "the part after the point", bad) }
        var exponent: ArraySlice<UInt8>?
        if let exponentMark {
            var digits = body[(exponentMark + 1)...]
            if let sign = digits.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { digits = digits.dropFirst() }
            try checkDigits(digits, radix: 10, what: "the exponent", bad)
            exponent = digits
        }
        return (whole, fraction, exponent)
    }

    /// At least one digit, and each underscore between two digits.
    private static func checkDigits(_ digits: ArraySlice<UInt8>, radix: Int, what: String,
                                    _ bad: (String) -> TOMLError) throws(TOMLError) {
        guard !digits.isEmpty else { throw bad("\(what) has no digits") }
        var previousWasDigit = false
        for byte in digits {
            if byte == UInt8(ascii: "_") {
                guard previousWasDigit else { throw bad("an underscore must sit between two digits") }
                previousWasDigit = false
            } else {
                guard let digit = byte.hexDigitValue, Int(digit) < radix else {
                    throw bad("'\(FileText.quoted(String(decoding: [byte], as: UTF8.self)))' is not a digit (text needs \"quotes\")")
                }
                previousWasDigit = true
            }
        }
        guard previousWasDigit else { throw bad("an underscore must sit between two digits") }
    }

    private func decimal(_ digits: ArraySlice<UInt8>, negative: Bool, _ bad: (String) -> TOMLError) throws(TOMLError) -> Int {
        let magnitude = try Self.magnitude(digits, radix: 10, limit: negative ? UInt64(Int.max) + 1 : UInt64(Int.max), bad)
        return negative ? Int(truncatingIfNeeded: 0 &- magnitude) : Int(magnitude)
    }

    private func prefixed(_ digits: ArraySlice<UInt8>, radix: Int, _ bad: (String) -> TOMLError) throws(TOMLError) -> Int {
        try Self.checkDigits(digits, radix: radix, what: "it", bad)
        return Int(try Self.magnitude(digits, radix: radix, limit: UInt64(Int.max), bad))
    }

    /// The digits' value, refused above `limit` (TOML integers are 64-bit signed).
    private static func magnitude(_ digits: ArraySlice<UInt8>, radix: Int, limit: UInt64,
                                  _ bad: (String) -> TOMLError) throws(TOMLError) -> UInt64 {
        var value: UInt64 = 0
        for byte in digits where byte != UInt8(ascii: "_") {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: UInt64(radix))
            let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(byte.hexDigitValue ?? 0))
            guard !overflow1, !overflow2, sum <= limit else {
                throw bad("whole numbers must lie between -9223372036854775808 and 9223372036854775807")
            }
            value = sum
        }
        return value
    }
}
