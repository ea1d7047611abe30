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
    ]

    static var version: Int { migrations.count }
}
