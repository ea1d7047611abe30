#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberProcess
import Testing

/// The spawn helper every child of limber goes through: streams, signal state, process
/// groups, environment, and how a failure to start is reported.
@Suite struct ChildProcessTests {
    /// Runs `argv` with standard output (and with `bothStreams` standard error) into a pipe;
    /// returns what it wrote and its `$?`.
    func run(_ argv: [String], bothStreams: Bool = false, _ options: ChildProcess.Options = ChildProcess.Options()) throws -> (output: String, code: Int32) {
        let ends = try #require(ChildProcess.pipe())
        var options = options
        options.stdout = .descriptor(ends.write)
        if bothStreams { options.stderr = .descriptor(1) }
        let started = ChildProcess.spawn(argv, options)
        close(ends.write)
        defer { close(ends.read) }
        let pid = try started.get()
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(ends.read, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            output += chunk[0..<count]
        }
        return (String(decoding: output, as: UTF8.self), ChildProcess.exitCode(ChildProcess.wait(pid)))
    }

    @Test func outputAndExitCodeComeBack() throws {
        let result = try run(["sh", "-c", "echo out; echo err >&2; exit 3"], bothStreams: true)
        #expect(result.output == "out\nerr\n")
        #expect(result.code == 3)
    }

    @Test func standardErrorGoesToDevNullUnlessGiven() throws {
        let result = try run(["sh", "-c", "echo err >&2; echo out"])
        #expect(result.output == "out\n")
    }

    @Test func standardInputIsEmpty() throws {
        let result = try run(["cat"])
        #expect(result == ("", 0))
    }

    @Test func aSignalGivesOneHundredTwentyEightPlusIt() throws {
        let result = try run(["sh", "-c", "kill -9 $$"])
        #expect(result.code == 128 + 9)
    }

    /// The child starts with nothing blocked, whatever the spawning thread blocks.
    @Test func theSignalMaskIsClean() throws {
        var blocked = sigset_t(), old = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGUSR1)
        sigaddset(&blocked, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &blocked, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        let result = try run(["grep", "^SigBlk:", "/proc/self/status"])
        #expect(result.output.trimmingSuffix() == "SigBlk:\t0000000000000000")
    }

    /// Fields 5 and 6 of /proc/self/stat: the process group and the session.
    func groupAndSession(_ group: ChildProcess.Group) throws -> (pid: Int32, group: Int32, session: Int32) {
        let ends = try #require(ChildProcess.pipe())
        let pid = try ChildProcess.spawn(["cat", "/proc/self/stat"], ChildProcess.Options(stdout: .descriptor(ends.write), group: group)).get()
        close(ends.write)
        defer { close(ends.read) }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = read(ends.read, &chunk, chunk.count)
        ChildProcess.wait(pid)
        let text = String(decoding: chunk[0..<max(0, count)], as: UTF8.self)
        // After the command's name in parentheses: state, parent, group, session.
        let fields = text.split(separator: ")").last?.split(separator: " ") ?? []
        try #require(fields.count > 4, "\(text)")
        return (pid, Int32(fields[2]) ?? -1, Int32(fields[3]) ?? -1)
    }

    @Test func groupsAndSessions() throws {
        let inherited = try groupAndSession(.inherited)
        #expect(inherited.group == getpgrp())
        let own = try groupAndSession(.own)
        #expect(own.group == own.pid)
        #expect(own.session == getsid(0))
        let session = try groupAndSession(.session)
        #expect(session.group == session.pid)
        #expect(session.session == session.pid)
    }

    @Test func environmentIsInheritedTrimmedOrGiven() throws {
        setenv("LIMBER_CHILD_TEST", "kept", 1)
        defer { unsetenv("LIMBER_CHILD_TEST") }
        #expect(try run(["env"]).output.contains("LIMBER_CHILD_TEST=kept\n"))
        let trimmed = try run(["env"], ChildProcess.Options(environment: .inheritedWithout(["LIMBER_CHILD_TEST"])))
        #expect(!trimmed.output.contains("LIMBER_CHILD_TEST"))
        #expect(trimmed.output.contains("PATH="))
        let given = try run(["/usr/bin/env"], ChildProcess.Options(environment: .exactly(["A=1", "B=two words"])))
        #expect(given.output == "A=1\nB=two words\n")
    }

    @Test func aMissingProgramIsNamedNotStarted() {
        let result = ChildProcess.spawn(["limber-no-such-program"])
        #expect(result.failure == SpawnError(code: ENOENT))
        #expect(result.failure?.description == "No such file or directory")
        #expect(ChildProcess.spawn([]).failure == SpawnError(code: EINVAL))
    }

    /// A child started while another thread adds names to the environment (tests setting a
    /// bus address, the day clock setting TZ) starts: it never reads an array freed under it.
    @Test func aChildStartsWhileAnotherThreadGrowsTheEnvironment() async throws {
        let grower = Task.detached {
            let names = (0..<400).map { "LIMBER_GROW_\(getpid())_\($0)" }
            for name in names { setenv(name, "x", 1) }
            for name in names { unsetenv(name) }
        }
        for _ in 0..<100 {
            let started = ChildProcess.spawn(["true"])
            let pid = try started.get()
            #expect(ChildProcess.wait(pid) == 0)
        }
        await grower.value
    }

    @Test func filesAreWrittenOrAppendedButNeverThroughALink() throws {
        let folder = "/tmp/limber-child-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        mkdir(folder, 0o700)
        defer { _ = try? run(["rm", "-rf", folder]) }
        let path = folder + "/log"
        for _ in 0..<2 {
            let pid = try ChildProcess.spawn(["echo", "line"], ChildProcess.Options(stdout: .file(path, append: true))).get()
            ChildProcess.wait(pid)
        }
        #expect(try run(["cat", path]).output == "line\nline\n")
        let pid = try ChildProcess.spawn(["echo", "new"], ChildProcess.Options(stdout: .file(path, append: false))).get()
        ChildProcess.wait(pid)
        #expect(try run(["cat", path]).output == "new\n")
        symlink(path, folder + "/link")
        let linked = ChildProcess.spawn(["echo", "through"], ChildProcess.Options(stdout: .file(folder + "/link", append: true)))
        if case .success(let pid) = linked { #expect(ChildProcess.exitCode(ChildProcess.wait(pid)) != 0) }
        #expect(try run(["cat", path]).output == "new\n")
    }

    @Test func reapSaysWhenItExited() throws {
        let pid = try ChildProcess.spawn(["sleep", "600"]).get()
        #expect(!ChildProcess.reap(pid))
        kill(pid, SIGKILL)
        ChildProcess.wait(pid)
        #expect(ChildProcess.reap(pid)) // gone: ECHILD counts as exited
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

extension String {
    func trimmingSuffix() -> String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
