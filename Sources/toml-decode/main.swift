// The toml-test decoder interface for Limber's TOML reader: TOML on standard input, the
// tagged JSON on standard output and exit 0; a parse error on standard error and exit 1.
// Not installed; it exists so anyone can run the official suite (toml-lang/toml-test)
// against the reader: `toml-test .build/debug/toml-decode`.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberLibrary

/// Standard error through the file descriptor (the C `stderr` global is not concurrency-safe).
func complain(_ message: String) {
    var text = "toml-decode: " + message + "\n"
    text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}

var input: [UInt8] = []
var buffer = [UInt8](repeating: 0, count: 65536)
while true {
    let count = read(0, &buffer, buffer.count)
    if count < 0, errno == EINTR { continue }
    guard count > 0 else {
        if count < 0 {
            complain("cannot read standard input")
            exit(2)
        }
        break
    }
    input.append(contentsOf: buffer[0..<count])
}
do {
    let table = try TOMLParser.parse(bytes: input)
    print(TOMLTaggedJSON.encode(table))
} catch {
    complain("\(error)")
    exit(1)
}
