#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LimberProcess

/// Starts a program with stdin from /dev/null and output to files, and waits for it.
enum Spawn {
    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    /// The environment children get: copied once, not `environ` as it is at each spawn. Tests
    /// in this process set and restore TZ around local-time checks (SystemDayClock) while
    /// others spawn: the live `environ` array can then be reallocated under execve (which
    /// failed with EFAULT, "Bad address"), or a child could start with a test's time zone.
    private static let environment = ChildProcess.current()

    static func run(_ arguments: [String], stdout: String, stderr: String) throws -> Int32 {
        let options = ChildProcess.Options(stdout: .file(stdout, append: false), stderr: .file(stderr, append: false),
                                           environment: .exactly(environment))
        switch ChildProcess.spawn(arguments, options) {
        case .success(let pid): return ChildProcess.exitCode(ChildProcess.wait(pid))
        case .failure(let error): throw Failed(description: "could not start \(arguments[0]): \(error)")
        }
    }
}
