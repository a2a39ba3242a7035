import Foundation
import IQCore

/// A store the shared merge and conflict scenarios (StoreScenarios) run against: the data file
/// through StoreWorker, or a database through DatabaseStore. Each test target conforms with what
/// it can import; the scenarios see only this.
public protocol StoreUnderTest: AnyObject {
    /// Another person's program on the same data: its own connection, its own journal.
    func session(user: String) throws -> StoreSessionWork
    /// What the store holds now, read past every session.
    func stored() throws -> Document
}

/// What the runtime of one program is handed: where its journal lives, the source its status
/// bar names, and the store's work (StoreWorker.perform, or the database's).
public struct StoreSessionWork {
    public var file: SnapshotFile
    public var source: String?
    public var perform: (StoreEffect) -> [Action]

    public init(file: SnapshotFile, source: String?, perform: @escaping (StoreEffect) -> [Action]) {
        self.file = file
        self.source = source
        self.perform = perform
    }
}

/// A clock a test moves on (each look for others' changes comes when the program's would),
/// and the numbers of new ids.
public final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var date = fixedDate
    private var made = 0

    public init() {}

    public var now: Date { lock.withLock { date } }
    public func advance(_ seconds: TimeInterval) { lock.withLock { date += seconds } }
    public func nextNumber() -> Int {
        lock.withLock {
            made += 1
            return made
        }
    }
}

/// One person's program without a terminal: actions go through the app reducer as the runtime
/// sends them, the store effects are performed at once by the store under test and their
/// results sent back, and what the status bar said is kept in order.
public final class StoreSession {
    public private(set) var state: AppState
    /// Every status message shown, oldest first.
    public private(set) var said: [Message] = []
    public let user: String
    private let work: StoreSessionWork
    private let clock = TestClock()
    private let environment: Environment

    public init(_ store: any StoreUnderTest, user: String) throws {
        self.user = user
        work = try store.session(user: user)
        var state = AppState(document: Document(), store: StoreState(file: work.file, user: user))
        state.store.source = work.source
        // Saves and looks come when a scenario says, not on their own.
        state.store.autosaveAfter = nil
        self.state = state
        let clock = clock
        environment = Environment(now: { clock.now }, newID: { RecordID("\(user).new.\(clock.nextNumber())") }, userName: user)
        send(.store(.start(seed: Document())))
    }

    /// Sends an action as the runtime does, with every store effect it causes performed.
    public func send(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let before = state.status
            for effect in AppReducer.reduce(into: &state, action: queue.removeFirst(), environment: environment) {
                if case .store(let work) = effect { queue += self.work.perform(work) }
            }
            if let status = state.status, status != before { said.append(status.message) }
        }
    }

    public var document: Document { state.document }

    /// An edit as a form's Ctrl-S makes it: stamped with this person and the next revision.
    public func perform(_ edit: DocumentEdit) {
        send(.document(.perform(edit, label: StoreText.labelConflict)))
    }

    /// Renames a partner (the field the scenarios change).
    public func rename(_ id: RecordID, _ name: String) {
        guard var p = document.partners[id] else { return }
        p.name = name
        perform(.put(.partner(p)))
    }

    public func save() { send(.store(.save)) }

    /// The program's next look for others' changes (a clock tick once it is due). A database
    /// hears others' commits a moment after they happen: `until` looks again for a while.
    public func look(until arrived: ((StoreSession) -> Bool)? = nil) {
        for _ in 0..<(arrived == nil ? 1 : 300) {
            clock.advance(StoreState.externalCheckInterval + 1)
            send(.session(.tick(clock.now)))
            if arrived?(self) ?? true { return }
            usleep(10_000)
        }
    }

    /// The program ends: its journal is let go.
    public func end() {
        if let journal = state.store.journalPath { _ = work.perform(.endSession(journal: journal)) }
    }

    /// The conflict dialog's texts as the person reads them, one per conflict.
    public var conflictsShown: [String] {
        state.store.conflicts.map { ConflictDescription($0).message.text(.en) }
    }

    /// Whether a status message said (in English) contains `text`.
    public func hasSaid(_ text: String) -> Bool { said.contains { $0.text(.en).contains(text) } }
}
