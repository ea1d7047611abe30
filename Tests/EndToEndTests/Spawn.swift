#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Starts a program with stdin from /dev/null and output to files, and waits for it.
enum Spawn {
    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    /// The environment children get: copied once, not `environ` as it is at each spawn. Tests
    /// in this process set and restore TZ around local-time checks (SystemDayClock) while
    /// others spawn: the live `environ` array can then be reallocated under execve (which
    /// failed with EFAULT, "Bad address"), or a child could start with a test's time zone.
    nonisolated(unsafe) private static let environment: [UnsafeMutablePointer<CChar>?] = {
        var copy: [UnsafeMutablePointer<CChar>?] = []
        var entry = environ
        while let pointer = entry.pointee {
            copy.append(strdup(pointer))
            entry += 1
        }
        return copy + [nil]
    }()

    static func run(_ arguments: [String], stdout: String, stderr: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Test threads block most signals, and a child inherits the mask: a tmux server started
        // that way could never be told to stop. Start children with a clean mask.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = environment.withUnsafeBufferPointer { envp in
            posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, UnsafeMutablePointer(mutating: envp.baseAddress))
        }
        guard result == 0 else {
            throw Failed(description: "could not start \(arguments[0]): \(String(cString: strerror(result)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        let signalled = status & 0x7f
        return signalled == 0 ? (status >> 8) & 0xff : 128 + signalled
    }
}
