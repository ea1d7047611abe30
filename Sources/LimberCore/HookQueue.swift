/// Which hook runs start now, which wait their turn and which are dropped: at most
/// `maxRunning` at once and `maxWaiting` in line, first come first served. A burst of events
/// (or a hook that hangs every time) cannot pile up processes.
public struct HookQueue<Item> {
    public enum Decision: Equatable, Sendable {
        case start
        case wait
        case drop
    }

    public let maxRunning: Int
    public let maxWaiting: Int
    public private(set) var running = 0
    public private(set) var waiting: [Item] = []

    public init(maxRunning: Int = 4, maxWaiting: Int = 8) {
        self.maxRunning = max(1, maxRunning)
        self.maxWaiting = max(0, maxWaiting)
    }

    /// A new run is asked for. On `.start` the caller starts it at once (it counts as running).
    public mutating func offer(_ item: Item) -> Decision {
        if running < maxRunning {
            running += 1
            return .start
        }
        guard waiting.count < maxWaiting else { return .drop }
        waiting.append(item)
        return .wait
    }

    /// A run ended (or could not start): the next waiting one, if any, now counts as running.
    public mutating func finished() -> Item? {
        running = max(0, running - 1)
        guard !waiting.isEmpty else { return nil }
        running += 1
        return waiting.removeFirst()
    }

    /// On quit: the runs that never started.
    public mutating func removeWaiting() -> [Item] {
        defer { waiting.removeAll() }
        return waiting
    }
}
