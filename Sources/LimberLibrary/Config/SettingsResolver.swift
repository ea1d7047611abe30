import LimberCore

/// Settings from defaults, then the config file, then the command line: later ones win.
/// Every value is checked; the first problem is reported with its file and line (or flag),
/// the key, what was expected and what was found.
public struct SettingsResolver {
    public struct Resolved: Sendable {
        public var settings = Settings()
        public var sources: [SettingKey: SettingSource] = [:]
        public var hookSources: [HookEvent: SettingSource] = [:]

        public func source(_ key: SettingKey) -> SettingSource { sources[key] ?? .defaultValue }
    }

    /// A value before it is checked: from TOML, or a flag's text.
    enum Raw {
        case toml(TOMLValue)
        case text(String)
    }

    var resolved = Resolved()
    let home: String?

    /// - Parameters:
    ///   - file: the config file's path and text, if there is one.
    ///   - flags: the values given on the command line, as typed.
    ///   - home: for `~` and `$HOME` in `data_dir`.
    ///   - dataDirEnvironment: `$LIMBER_DATA_DIR`, which beats the file's `data_dir` but not the flag.
    public static func resolve(file: (path: String, text: String)?, flags: [SettingKey: String],
                               home: String?, dataDirEnvironment: String? = nil) throws(ConfigError) -> Resolved {
        try resolve(fileBytes: file.map { ($0.path, Array($0.text.utf8)) }, flags: flags, home: home,
                    dataDirEnvironment: dataDirEnvironment)
    }

    /// The same, from the file's bytes as read (so invalid UTF-8 is refused, not replaced).
    public static func resolve(fileBytes file: (path: String, bytes: [UInt8])?, flags: [SettingKey: String],
                               home: String?, dataDirEnvironment: String? = nil) throws(ConfigError) -> Resolved {
        var resolver = SettingsResolver(home: home)
        if let file { try resolver.read(file.path, file.bytes) }
        if let dir = dataDirEnvironment, !dir.isEmpty {
            resolver.resolved.settings.dataDir = dir
            resolver.resolved.sources[.dataDir] = .environment("LIMBER_DATA_DIR")
        }
        for key in SettingKey.allCases {
            guard let text = flags[key] else { continue }
            var flag = key.flag ?? key.rawValue
            if key.isSwitch, text == "false" { flag = "--no-" + flag.dropFirst(2) }
            do {
                try resolver.apply(key, .text(text))
            } catch {
                throw ConfigError(place: flag, key: nil, message: "'\(text)' \(error.message); expected \(key.expectedForFlag)",
                                  inFile: false)
            }
            resolver.resolved.sources[key] = .flag(flag)
        }
        resolver.derive()
        try resolver.checkTogether()
        return resolver.resolved
    }

    // MARK: The file

    private mutating func read(_ path: String, _ bytes: [UInt8]) throws(ConfigError) {
        let table: TOMLTable
        do {
            table = try TOMLParser.parse(bytes: bytes)
        } catch {
            throw ConfigError(place: "\(path):\(error.line):\(error.column)", key: nil, message: error.message)
        }
        for entry in table.entries {
            let place = "\(path):\(entry.line)"
            if entry.key == "hooks" {
                try readHooks(entry.value, path: path, line: entry.line)
                continue
            }
            guard let key = SettingKey(rawValue: entry.key) else {
                let hint = Suggestion.closest(to: entry.key, in: SettingKey.fileNames).map { " (did you mean '\($0)'?)" } ?? ""
                throw ConfigError(place: place, key: FileText.quoted(entry.key), message: "unknown key\(hint)")
            }
            do {
                try apply(key, .toml(entry.value))
            } catch {
                throw ConfigError(place: place, key: entry.key, message: "expected \(key.expected), \(error.message)")
            }
            resolved.sources[key] = .file(path, line: entry.line)
        }
    }

    private mutating func readHooks(_ value: TOMLValue, path: String, line: Int) throws(ConfigError) {
        guard case .table(let hooks) = value else {
            throw ConfigError(place: "\(path):\(line)", key: "hooks", message: "expected a [hooks] table")
        }
        for entry in hooks.entries {
            let place = "\(path):\(entry.line)"
            if SettingKey(rawValue: entry.key) != nil {
                throw ConfigError(place: place, key: "hooks.\(entry.key)",
                                  message: "'\(entry.key)' is a setting, not a hook: move it above [hooks] (everything below [hooks] is a hook)")
            }
            guard let event = HookEvent(rawValue: entry.key) else {
                let names = HookEvent.allCases.map(\.rawValue)
                let hint = Suggestion.closest(to: entry.key, in: names).map { " (did you mean '\($0)'?)" } ?? ""
                throw ConfigError(place: place, key: "hooks.\(FileText.quoted(entry.key))", message: "unknown hook\(hint); hooks are \(names.joined(separator: ", "))")
            }
            guard let argv = Self.strings(entry.value), !argv.isEmpty, !argv[0].isEmpty else {
                throw ConfigError(place: place, key: "hooks.\(entry.key)",
                                  message: "expected a command as an array, like [\"notify-send\", \"Break\"], \(Self.found(entry.value))")
            }
            resolved.settings.hooks[event] = argv
            resolved.hookSources[event] = .file(path, line: entry.line)
        }
    }

    // MARK: Values

    struct Problem: Error {
        let message: String
    }

    private mutating func apply(_ key: SettingKey, _ raw: Raw) throws(Problem) {
        var s = resolved.settings
        switch key {
        case .interval: s.timer.interval = try duration(raw, .setting)
        case .snooze: s.timer.snooze = try duration(raw, .setting)
        case .latest: s.timer.latest = try duration(raw, .setting)
        case .awayAfter: s.timer.awayAfter = try duration(raw, .setting)
        case .breakLength: s.timer.breakLength = try duration(raw, .setting)
        case .goal: s.goal = try duration(raw, .setting)
        case .posture: s.posture = try choice(raw, Posture.self)
        case .space: s.timer.space = try choice(raw, RoutinePlanner.Space.self)
        case .notify: s.notify = try notifyMode(raw)
        case .reducedMotion: s.reducedMotion = try boolean(raw)
        case .ascii: s.ascii = try boolean(raw)
        case .figure: s.figure = try choice(raw, FigureStyle.self)
        case .color: s.color = try boolean(raw)
        case .bell: s.bell = try boolean(raw)
        case .standingDesk: s.timer.standingDesk = try boolean(raw)
        case .notifyCommand:
            guard case .toml(let value) = raw, let argv = Self.strings(value), !argv.isEmpty, !argv[0].isEmpty else {
                throw Problem(message: Self.found(raw))
            }
            s.notifyCommand = argv
        case .activeHours:
            guard let window = ActiveHours.parseWindow(try text(raw)) else { throw Problem(message: Self.found(raw)) }
            var hours = s.timer.activeHours ?? ActiveHours()
            (hours.start, hours.end) = window
            s.timer.activeHours = hours
        case .activeDays:
            var hours = s.timer.activeHours ?? ActiveHours()
            hours.days = try days(raw)
            s.timer.activeHours = hours
        case .presence: s.presence = try choice(raw, PresenceMode.self)
        case .idleAfter:
            s.timer.idleAfter = try duration(raw, .idleAfter)
        case .dataDir:
            s.dataDir = try folder(raw)
        }
        resolved.settings = s
    }

    private func duration(_ raw: Raw, _ limit: DurationLimit) throws(Problem) -> Double {
        let seconds: Double?
        switch raw {
        case .toml(.integer(let minutes)): seconds = Double(minutes) * 60 // a Double: no overflow
        case .toml(.string(let text)), .text(let text): seconds = DurationText.parse(text)
        default: seconds = nil
        }
        guard let seconds else { throw Problem(message: Self.found(raw, duration: true)) }
        guard limit.range.contains(seconds) else {
            let size = seconds < limit.range.lowerBound ? "too short" : "too long"
            if case .toml(let value) = raw { throw Problem(message: "\(Self.found(value)) (\(size))") }
            throw Problem(message: "is \(size)")
        }
        return seconds
    }

    private func choice<T: RawRepresentable>(_ raw: Raw, _ type: T.Type) throws(Problem) -> T where T.RawValue == String {
        guard let value = T(rawValue: try text(raw).lowercased()) else { throw Problem(message: Self.found(raw)) }
        return value
    }

    /// A word (`"auto"`, `"off"`, a channel), an array of channels, or on the command line
    /// channels joined by commas.
    private func notifyMode(_ raw: Raw) throws(Problem) -> NotifyMode {
        let mode: NotifyMode?
        switch raw {
        case .toml(.string(let text)): mode = text.contains(",") ? nil : NotifyMode.parse(text)
        case .toml(let value): mode = Self.strings(value).flatMap(NotifyMode.channels)
        case .text(let text): mode = NotifyMode.parse(text)
        }
        guard let mode else { throw Problem(message: Self.found(raw)) }
        return mode
    }

    private func boolean(_ raw: Raw) throws(Problem) -> Bool {
        switch raw {
        case .toml(.boolean(let flag)): return flag
        case .text("true"): return true
        case .text("false"): return false
        default: throw Problem(message: Self.found(raw))
        }
    }

    private func text(_ raw: Raw) throws(Problem) -> String {
        switch raw {
        case .toml(.string(let text)), .text(let text): return text
        default: throw Problem(message: Self.found(raw))
        }
    }

    /// `~`, `~/x`, `$HOME/x` and `${HOME}/x` are expanded; a relative path in the file is refused
    /// (relative to what?), while one on the command line is relative to the current folder.
    private func folder(_ raw: Raw) throws(Problem) -> String {
        let path = try text(raw)
        guard !path.isEmpty else { throw Problem(message: Self.found(raw)) }
        for prefix in ["~", "$HOME", "${HOME}"] where path == prefix || path.hasPrefix(prefix + "/") {
            guard let home, home.hasPrefix("/") else { throw Problem(message: "\(Self.found(raw)), but $HOME is not set") }
            return home + path.dropFirst(prefix.count)
        }
        if case .toml = raw, !path.hasPrefix("/") {
            throw Problem(message: "\(Self.found(raw)), a relative path")
        }
        return path
    }

    private func days(_ raw: Raw) throws(Problem) -> Set<Int> {
        let text: String
        if case .toml(let value) = raw, let names = Self.strings(value) {
            text = names.joined(separator: ",")
        } else {
            text = try self.text(raw)
        }
        guard let days = ActiveHours.parseDays(text) else { throw Problem(message: Self.found(raw)) }
        return days
    }

    // MARK: Checks across keys

    /// Values that follow others when not set: `latest` is the interval plus 15 minutes, and
    /// active hours covering every minute of every day are the same as none.
    private mutating func derive() {
        if resolved.sources[.latest] == nil {
            resolved.settings.timer.latest = resolved.settings.timer.interval + Self.latestAfterInterval
            resolved.sources[.latest] = .derived("interval + \(DurationText.short(Self.latestAfterInterval))")
        }
        if resolved.settings.timer.activeHours == ActiveHours() { resolved.settings.timer.activeHours = nil }
    }

    /// How far past the interval `latest` lies when it is not set.
    public static let latestAfterInterval = 15.0 * 60

    /// Only explicit values can clash (an unset `latest` follows the interval); the message
    /// names both sources and a flag that fixes it, since a flag beats the file.
    private func checkTogether() throws(ConfigError) {
        let timer = resolved.settings.timer
        guard timer.latest >= timer.interval else {
            let latest = resolved.source(.latest), interval = resolved.source(.interval)
            // A flag is blamed before the file (a flag is what can fix it from the command
            // line), and a value someone set before a default.
            let blamed = Self.blame(latest, interval)
            let place: String
            switch blamed {
            case .file(let path, let line): place = "\(path):\(line)"
            case .flag(let flag): place = flag
            default: place = SettingKey.latest.rawValue
            }
            let inFile = blamed.isFile
            let fix = "give e.g. --latest \(DurationText.short(timer.interval + Self.latestAfterInterval))"
                + (latest.isFile || interval.isFile ? ", or change the file" : "")
            throw ConfigError(place: place, key: blamed.isFile ? (blamed == latest ? "latest" : "interval") : nil,
                              message: "latest \(DurationText.short(timer.latest)) (\(latest)) is before interval \(DurationText.short(timer.interval)) (\(interval)); latest must be at or after the interval: \(fix)",
                              inFile: inFile)
        }
    }

    /// Which of two clashing values to name: a flag first, then a file's line, then the first.
    static func blame(_ first: SettingSource, _ second: SettingSource) -> SettingSource {
        func rank(_ source: SettingSource) -> Int {
            switch source {
            case .flag: 2
            case .file: 1
            default: 0
            }
        }
        return rank(second) > rank(first) ? second : first
    }

    // MARK: Describing what was found

    static func strings(_ value: TOMLValue) -> [String]? {
        guard case .array(let items) = value else { return nil }
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item else { return nil }
            result.append(text)
        }
        return result
    }

    static func found(_ raw: Raw, duration: Bool = false) -> String {
        switch raw {
        case .toml(let value): return found(value)
        case .text: return duration ? "is not a duration" : "is not valid"
        }
    }

    static func found(_ value: TOMLValue) -> String {
        switch value {
        case .string(let text): "got \"\(FileText.quoted(text))\""
        case .integer(let number): "got \(number)"
        case .float(let number): "got \(number)"
        case .boolean(let flag): "got \(flag)"
        case .array: "got an array"
        case .table: "got a table"
        case .dateTime(let moment): "got \(moment.typeName) (\(moment))"
        }
    }
}

extension SettingSource {
    var isFile: Bool {
        if case .file = self { return true }
        return false
    }
}
