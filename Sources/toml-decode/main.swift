// The toml-test decoder interface for Limber's TOML reader: TOML on standard input, the
// tagged JSON on standard output and exit 0; a parse error on standard error and exit 1.
// Not installed; it exists so anyone can run the official suite (toml-lang/toml-test)
// against the reader: `toml-test .build/debug/toml-decode`.
// `toml-decode --time N` instead parses the input N times and prints the median parse time
// in milliseconds (for `make bench`; reading and printing are not counted).
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

let inputLimit = 8 * 1024 * 1024

func readStandardInput() -> [UInt8] {
    var input: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = read(0, &buffer, buffer.count)
        if count < 0, errno == EINTR { continue }
        if count < 0 {
            complain("cannot read standard input")
            exit(2)
        }
        if count == 0 { return input }
        input.append(contentsOf: buffer[0..<count])
        // A cap like limber's own files have (far above them: the bench parses 1 MB), so 40 MB
        // of input is refused at once instead of parsed for seconds.
        if input.count > inputLimit {
            complain("input over \(inputLimit / 1024 / 1024) MB; not a TOML file this reader takes")
            exit(2)
        }
    }
}

func milliseconds(_ body: () throws(TOMLError) -> Void) throws(TOMLError) -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    try body()
    clock_gettime(CLOCK_MONOTONIC, &end)
    return Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1e6
}

let arguments = CommandLine.arguments.dropFirst()
let input = readStandardInput()
do {
    if arguments.first == "--time" {
        let runs = max(1, min(100, arguments.dropFirst().first.flatMap { Int($0) } ?? 5))
        var times: [Double] = []
        for _ in 0..<runs {
            times.append(try milliseconds { () throws(TOMLError) in _ = try TOMLParser.parse(bytes: input) })
        }
        print(times.sorted()[runs / 2])
    } else {
        print(TOMLTaggedJSON.encode(try TOMLParser.parse(bytes: input)))
    }
} catch {
    complain("\(error)")
    exit(1)
}
