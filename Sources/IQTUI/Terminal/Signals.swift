@preconcurrency import CNcurses
import IQCore

/// SIGTERM, SIGHUP and SIGINT through sigaction without SA_RESTART: a blocking read returns,
/// and the run loop turns the signal into an action (save, restore the terminal, quit).
/// SIGWINCH stays with ncurses, which reports it as KEY_RESIZE.
enum Signals {
    static func install() {
        _ = iq_install_signal_handlers()
    }

    static func takePending() -> TerminationSignal? {
        switch iq_take_pending_signal() {
        case SIGHUP: .hangup
        case SIGTERM: .terminate
        case SIGINT: .interrupt
        default: nil
        }
    }
}
