import ArgumentParser

/// Options about how things look, shared by `limber` and `limber exercises show`. Declared
/// once as a group so either command sees the flag wherever it is typed.
struct DisplayOptions: ParsableArguments {
    @Flag(name: .customLong("reduced-motion"), help: "Show one still frame of each exercise instead of the animation.")
    var reducedMotion = false
}
