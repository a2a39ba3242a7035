@preconcurrency import CNcurses
import IQCore

/// SIGTERM, SIGHUP and SIGINT through sigaction without SA_RESTART; each also wakes the run loop
/// through its wake pipe, which turns the signal into an action (save, restore the terminal,
/// quit). SIGWINCH wakes the loop and is then handed on to ncurses, which reports KEY_RESIZE.
enum Signals {
    static func install(waking pipe: WakePipe?) {
        _ = iq_install_signal_handlers(pipe?.signalDescriptor ?? -1)
    }

    /// The loop is over: its pipe is about to close, so a late signal must not write to it.
    static func forgetPipe() {
        iq_forget_wake_fd()
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
