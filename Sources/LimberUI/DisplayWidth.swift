#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CWidth

/// How many terminal cells text takes, counted by the C library's `wcwidth`, as ncurses and the
/// terminal count them: a CJK character or most emoji take two, a combining accent none. An
/// exercise named in Japanese would otherwise push every column after it out of line.
public enum DisplayWidth {
    /// A UTF-8 locale to ask `wcwidth` in, whatever the process's own locale: in the C locale
    /// every character past ASCII counts as unprintable. Made once, never freed.
    nonisolated(unsafe) private static let utf8: locale_t? =
        newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) ?? newlocale(LC_CTYPE_MASK, "en_US.UTF-8", nil)

    /// The cells one scalar takes: 0, 1 or 2. Control characters are not asked about here
    /// (the canvas writes them as their escape); a scalar the C library calls unprintable
    /// takes one cell, as the terminal will show something there.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // The scalars every frame is made of, answered without a call: ASCII and Latin
        // (no combining marks below U+0300), box drawing, blocks and braille.
        if value < 0x300 || (0x2500...0x28FF).contains(value) { return 1 }
        let previous = utf8.map { uselocale($0) }
        defer { if let previous { uselocale(previous) } }
        let width = wcwidth(wchar_t(value))
        return width < 0 ? 1 : Int(width)
    }

    /// The cells a whole text takes.
    public static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// The longest start of `text` that fits in `cells`, never cutting a character in two.
    public static func prefix(_ text: some StringProtocol, cells: Int) -> String {
        var result = "", used = 0
        for character in text {
            let width = of(String(character))
            if used + width > cells { break }
            result.append(character)
            used += width
        }
        return result
    }
}
