import LimberCore

/// The database layout, as numbered migrations. `PRAGMA user_version` says how many have run;
/// `PRAGMA application_id` marks the file as Limber's.
enum Schema {
    /// "Lmbr" as a 32-bit number.
    static let applicationID: Int64 = 0x4C6D_6272

    static let migrations: [String] = [
        """
        CREATE TABLE spans (
            id INTEGER PRIMARY KEY,
            activity TEXT NOT NULL,
            start REAL NOT NULL,
            seconds REAL NOT NULL
        );
        CREATE INDEX spans_by_start ON spans(start);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            kind TEXT NOT NULL,
            posture TEXT,
            seconds REAL,
            name TEXT,
            result TEXT,
            sides TEXT
        );
        CREATE INDEX events_by_time ON events(at);
        CREATE TABLE session (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            pid INTEGER NOT NULL,
            updated REAL NOT NULL,
            state TEXT NOT NULL,
            posture TEXT NOT NULL,
            stretch_seconds REAL NOT NULL,
            interval REAL NOT NULL,
            break_remaining REAL,
            open_activity TEXT,
            open_start REAL,
            open_seconds REAL,
            running INTEGER NOT NULL
        );
        """,
        // Events counted per local day as they are written, so a year's summary reads a few
        // thousand rows instead of every event. Empty strings, not NULLs, in the key columns:
        // SQLite treats NULLs as distinct, which would defeat the upsert.
        """
        CREATE TABLE day_counts (
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            posture TEXT NOT NULL,
            name TEXT NOT NULL,
            result TEXT NOT NULL,
            count INTEGER NOT NULL,
            max_seconds REAL NOT NULL,
            PRIMARY KEY (day, kind, posture, name, result)
        ) WITHOUT ROWID;
        \(backfillDayCounts)
        """,
        // A prompt is counted when it ends: taken, skipped or natural. Natural breaks written
        // before that rule did not say whether they ended a prompt; one did when the last
        // prompt event before it was the prompt itself (`due`), not an answer to it.
        """
        UPDATE events SET result = 'after_prompt'
        WHERE kind = 'natural_break' AND result IS NULL
          AND (SELECT previous.kind FROM events AS previous
               WHERE previous.at <= events.at AND previous.id < events.id
                 AND previous.kind IN ('due', 'break_start', 'skip', 'natural_break', 'posture', 'start')
               ORDER BY previous.at DESC, previous.id DESC LIMIT 1) = 'due';
        DELETE FROM day_counts WHERE kind = 'natural_break';
        \(backfillDayCounts.replacingAll("FROM events GROUP BY", with: "FROM events WHERE kind = 'natural_break' GROUP BY"))
        """,
    ]

    /// Counts every stored event into `day_counts` (SQLite's 'localtime' is the C library's).
    static let backfillDayCounts = """
        INSERT INTO day_counts (day, kind, posture, name, result, count, max_seconds)
        SELECT date(at, 'unixepoch', 'localtime'), kind, coalesce(posture, ''), coalesce(name, ''),
               coalesce(result, ''), count(*), max(coalesce(seconds, 0))
        FROM events GROUP BY 1, 2, 3, 4, 5;
        """

    static var version: Int { migrations.count }
}
