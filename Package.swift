// swift-tools-version: 6.0
import PackageDescription

// The desktop presence source talks to systemd-logind through libsystemd's sd-bus (Linux).
// `LIMBER_WITHOUT_DBUS=1 swift build` leaves it out: that source is then off, "built without D-Bus".
let withDBus = Context.environment["LIMBER_WITHOUT_DBUS"] == nil
let dbus: [Target.Dependency] = withDBus ? [.target(name: "CSystemd", condition: .when(platforms: [.linux]))] : []

let package = Package(
    name: "Limber",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "limber", targets: ["limber"]),
        // The toml-test decoder for the TOML reader; for checking conformance, not installed.
        .executable(name: "toml-decode", targets: ["toml-decode"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The C boundary: ncursesw, reached only through LimberTerminal.
        // No pkgConfig: ncursesw's only compile flags are -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600,
        // which SwiftPM drops with a warning on every build; the shim defines what they gave.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
        ),
        // SQLite, reached only through LimberStore.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // sd-bus from libsystemd, reached only through LimberPresence (Linux). Its headers only:
        // the library is loaded with dlopen when a system bus exists (see Sources/CSystemd/shim.h),
        // so there is no pkgConfig here (SwiftPM would link it); `make deps` checks for it with
        // pkg-config instead.
        .systemLibrary(
            name: "CSystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        // wcwidth, the C library's display width of a character, for LimberUI's canvas.
        .systemLibrary(name: "CWidth"),
        // Pure rules: time in, state and effects out. No clock, files or terminal.
        .target(name: "LimberCore"),
        // The machine's local time: calendar days from the C library (`SystemDayClock`).
        .target(name: "LimberClock", dependencies: ["LimberCore"]),
        // Exercise files (TOML) and the built-in library: text in, exercises or located errors out.
        .target(name: "LimberLibrary", dependencies: ["LimberCore"]),
        // Durable history: every event committed as it happens, and the queries summaries need.
        .target(name: "LimberStore", dependencies: ["CSQLite", "LimberCore", "LimberClock"]),
        // Pure screens: state in, a grid of cells out.
        .target(name: "LimberUI", dependencies: ["LimberCore", "CWidth"]),
        // The only module that talks to the terminal.
        .target(name: "LimberTerminal", dependencies: ["CNcurses", "LimberCore", "LimberUI"]),
        // The control socket: requests from other panes, the peer check, the status cache.
        .target(name: "LimberControl", dependencies: ["LimberCore"]),
        // Presence sources: terminals' last input, the desktop session (logind), macOS HID idle.
        .target(name: "LimberPresence", dependencies: ["LimberCore"] + dbus),
        // Starting child processes (hooks, tmux, osascript): posix_spawn with a clean signal state.
        .target(name: "LimberProcess"),
        // Channels that carry a due break outside the pane: desktop notifications (D-Bus on
        // Linux, osascript on macOS) and the tmux popup.
        .target(name: "LimberNotify", dependencies: ["LimberCore", "LimberLibrary", "LimberProcess"] + dbus),
        // The run loop, with the clock, terminal, socket and history behind protocols.
        .target(name: "LimberApp", dependencies: ["LimberCore", "LimberUI", "LimberControl", "LimberPresence", "LimberNotify"]),
        // The commands' logic that is not wiring: what `status` prints, what a timer command
        // answers, the link to the running timer, the `d` screen's history reads.
        .target(name: "LimberCommands", dependencies: ["LimberCore", "LimberClock", "LimberLibrary", "LimberStore", "LimberUI", "LimberControl", "LimberApp"]),
        // Wiring: command line, the real clock, terminal, history and processes.
        .executableTarget(
            name: "limber",
            dependencies: [
                "LimberCore", "LimberClock", "LimberLibrary", "LimberStore", "LimberUI", "LimberTerminal", "LimberControl", "LimberApp",
                "LimberCommands", "LimberPresence", "LimberNotify", "LimberProcess",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // toml-test's decoder interface: TOML on stdin, tagged JSON on stdout.
        .executableTarget(name: "toml-decode", dependencies: ["LimberLibrary"]),
        // Fake clocks and scripted timelines shared by the test targets.
        .target(name: "LimberTestSupport", dependencies: ["LimberCore", "LimberProcess"], path: "Tests/LimberTestSupport"),
        // The rules, and the C-library day clock they are run on in DST tests.
        .testTarget(name: "LimberCoreTests", dependencies: ["LimberCore", "LimberClock", "LimberTestSupport"]),
        .testTarget(name: "LimberLibraryTests", dependencies: ["LimberLibrary", "LimberCore", "LimberTestSupport"]),
        .testTarget(name: "LimberStoreTests", dependencies: ["LimberStore", "LimberClock", "LimberCore", "LimberTestSupport"]),
        .testTarget(name: "LimberUITests", dependencies: ["LimberUI", "LimberCore", "LimberLibrary", "LimberTestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "LimberAppTests", dependencies: ["LimberApp", "LimberControl", "LimberCore", "LimberLibrary", "LimberUI", "LimberPresence", "LimberTestSupport"]),
        .testTarget(name: "LimberControlTests", dependencies: ["LimberControl", "LimberCore"]),
        .testTarget(name: "LimberCommandsTests", dependencies: ["LimberCommands", "LimberControl", "LimberCore", "LimberLibrary", "LimberStore", "LimberUI", "LimberTestSupport"]),
        .testTarget(name: "LimberPresenceTests", dependencies: ["LimberPresence", "LimberCore", "LimberTestSupport"] + dbus),
        .testTarget(name: "LimberNotifyTests", dependencies: ["LimberNotify", "LimberCore", "LimberLibrary", "LimberTestSupport"] + dbus),
        .testTarget(name: "LimberProcessTests", dependencies: ["LimberProcess"]),
        .testTarget(name: "EndToEndTests", dependencies: ["LimberTestSupport", "LimberProcess"]),
        // Mutated config files, exercise files, command-line values, socket requests, replies and
        // status caches through the real parsers and server, with fixed seeds: any trap kills the run.
        .testTarget(name: "FuzzTests", dependencies: ["LimberLibrary", "LimberCore", "LimberUI", "LimberControl", "LimberTestSupport"]),
    ]
)
