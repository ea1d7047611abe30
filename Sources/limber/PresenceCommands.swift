import ArgumentParser
import LimberControl

/// `limber away` and `limber back`: say it, or let a screen locker say it (swayidle, xss-lock,
/// hypridle). Away starts now; back ends it and shows the welcome-back line. Their help is in
/// `ControlCommand.help` with the other timer commands'.
struct AwayCommand: TimerCommand { static let sends = ControlCommand.away; @OptionGroup var options: CommandOptions }

struct BackCommand: TimerCommand {
    static let sends = ControlCommand.back

    @Flag(name: .customLong("was-here"), help: "You were here all along: undo the time counted as away.")
    var wasHere = false

    @OptionGroup var options: CommandOptions

    func request() -> ControlRequest { ControlRequest(.back, wasHere: wasHere ? true : nil) }
}
