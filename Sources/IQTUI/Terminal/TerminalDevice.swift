import IQCore

/// What the run loop needs of a terminal. The program's is `Terminal` (ncurses); the loop's
/// tests drive a fake through a pipe.
public protocol TerminalDevice: AnyObject {
    var size: Size { get }
    /// Readable when input waits: the loop sleeps on it beside its wake pipe.
    var inputDescriptor: Int32 { get }
    /// The next key if one is waiting (a resize included); never waits longer than an Esc
    /// sequence's short delay.
    func readKey() -> Key?
    func draw(_ canvas: Canvas)
    /// Forget what is on the screen and paint everything again with the next frame.
    func redrawAll()
    /// Restores the terminal. Safe to call more than once.
    func close()
}

/// A descriptor beside the terminal that the loop also sleeps on, such as a watch on the data
/// file's directory: `drain` reads what it has and says what that means. `descriptor` is asked
/// before each sleep, so a watch may change it (a database connection made again) or have none
/// for a while (negative: poll(2) skips it), e.g. until a worker has read what woke it.
public struct LoopWatch {
    public var descriptor: () -> Int32
    public var drain: () -> [Action]

    public init(descriptor: Int32, drain: @escaping () -> [Action]) {
        self.init(current: { descriptor }, drain: drain)
    }

    public init(current: @escaping () -> Int32, drain: @escaping () -> [Action]) {
        descriptor = current
        self.drain = drain
    }
}
