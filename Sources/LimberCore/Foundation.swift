// The one place limber imports Foundation, for every module: `@_exported` makes it visible in
// every file of LimberCore and in every file that imports LimberCore. The rules' own types are
// made of `Date` (a moment's wall time, a span's start, a day's bounds), so whoever uses them
// needs it too; re-exporting it here puts it with the types that carry it, instead of the same
// five lines in every file that names a date.
//
// FoundationEssentials (Linux) is Foundation without ICU's locale data (10 MB of resident
// memory, docs/PERFORMANCE.md); macOS has only Foundation. What limber uses of it: `Date`
// everywhere, `JSONDecoder` for control replies and the status cache, `ProcessInfo.environment`
// and `FileManager` in a few files of the executable.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
