import Foundation
import IQCore

/// What a backend's connection says, after a piece of work, about waiting for others' commits.
public enum ListenReadiness: Equatable, Sendable {
    /// Nothing heard yet: this descriptor (the connection's socket) turns readable when a
    /// notification comes.
    case sleep(on: Int32)
    /// Notifications were read already (during a statement), or some may have been missed (a
    /// connection made again): look now, the socket will not tell.
    case lookNow
    /// No connection: nothing can be heard until one is made again.
    case lost
}

/// A backend that can be waited on for others' commits (PGRecordBackend; a test's stand-in).
public protocol ListeningBackend: RecordBackend {
    /// Reads what the connection has (never waits) and says how to wait for more.
    func readiness() -> ListenReadiness
    /// How often a dropped connection was made again.
    var reconnections: Int { get }
}

/// The descriptor the run loop sleeps on for others' commits, published by the store's worker,
/// which alone reads the connection. The loop only polls it: once readable it is taken back
/// (`fired`) until the worker has looked and armed it again, so a socket nobody has read yet
/// cannot wake the loop over and over, and a socket closed by a reconnection is not slept on.
public final class DatabaseWake: @unchecked Sendable {
    private let lock = NSLock()
    private var armed: Int32 = -1

    public init() {}

    /// The loop: what to sleep on now; negative when nothing is armed.
    public var descriptor: Int32 { lock.withLock { armed } }

    /// The loop: the descriptor was readable. A look is due; nothing is slept on until then.
    public func fired() -> [Action] {
        lock.withLock { armed = -1 }
        return [.store(.fileMayHaveChanged)]
    }

    /// The worker, before it uses the connection (it may close the socket and make another).
    func disarm() { lock.withLock { armed = -1 } }

    /// The worker, after it has read everything the connection had.
    func arm(_ descriptor: Int32) { lock.withLock { armed = descriptor } }
}
