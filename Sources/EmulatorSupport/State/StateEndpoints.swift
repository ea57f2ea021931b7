import AliyunServerSupport
import Foundation

/// The control endpoints of an emulator that keeps state: `GET /_emulator/state` gives the state document, `PUT`
/// replaces it (refused, with the document's first problem, when it has one); the faults and the journal are handed
/// to ``FaultAndJournalEndpoints``.
public struct StateEndpoints<Document: StateDocument>: Sendable {
    let faults: FaultInjector
    let journal: RequestJournal
    let current: @Sendable () async -> Document
    let replace: @Sendable (Document) async throws -> Void

    /// Endpoints over the faults, the journal, and the state `current` gives and `replace` sets.
    public init(
        faults: FaultInjector, journal: RequestJournal, current: @escaping @Sendable () async -> Document,
        replace: @escaping @Sendable (Document) async throws -> Void
    ) {
        self.faults = faults
        self.journal = journal
        self.current = current
        self.replace = replace
    }

    /// The answer to a control request (the caller checked the token).
    public func answer(method: String, target: String, body: [UInt8]) async -> ServedAnswer {
        let prefix = FaultAndJournalEndpoints.prefix
        guard FaultAndJournalEndpoints.resource(of: target) == "state" else {
            return await FaultAndJournalEndpoints(
                faults: faults, journal: journal, resources: ["faults", "requests", "state"]
            ).answer(method: method, target: target, body: body)
        }
        do {
            switch method {
            case "GET": return try FaultAndJournalEndpoints.ok(await current())
            case "PUT":
                let state = try JSONDecoder().decode(Document.self, from: Data(body))
                if let problem = state.problems.first { return FaultAndJournalEndpoints.failure(400, problem) }
                try await replace(state)
                return try FaultAndJournalEndpoints.ok(await current())
            default:
                return FaultAndJournalEndpoints.failure(405, "\(method) is not allowed on \(prefix)state")
            }
        } catch let error as ServedError {
            return FaultAndJournalEndpoints.failure(error.status, error.message)
        } catch {
            return FaultAndJournalEndpoints.failure(400, "the body is not what \(prefix)state takes: \(error)")
        }
    }
}
