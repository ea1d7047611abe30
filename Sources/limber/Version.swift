/// Limber's version: the one place it is written. `limber --version` prints it, and the
/// Makefile reads it from this file for the release tarball's name, the Debian package's
/// version and the man page footer, so they cannot disagree. Change it here to release.
enum Version {
    static let number = "0.3.0"
}
