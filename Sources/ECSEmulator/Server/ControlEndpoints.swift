import AliyunServerSupport
import EmulatorSupport
import Foundation

/// The ECS emulator's endpoints under `/_emulator/`, apart from the signed API; each request must hold the
/// emulator's ``ControlToken`` (the responder checks it before these run): the faults and the journal every emulator
/// has (``FaultAndJournalEndpoints``), and
///
/// - `GET /_emulator/state`: the ``EmulatorState``; `PUT` replaces it.
struct ControlEndpoints {
    static let prefix = FaultAndJournalEndpoints.prefix

    let store: ImageStore
    let faults: FaultInjector
    let journal: RequestJournal

    func answer(method: String, target: String, body: [UInt8]) async -> ServedAnswer {
        guard FaultAndJournalEndpoints.resource(of: target) == "state" else {
            return await FaultAndJournalEndpoints(
                faults: faults, journal: journal, resources: ["faults", "requests", "state"]
            ).answer(method: method, target: target, body: body)
        }
        do {
            switch method {
            case "GET": return try FaultAndJournalEndpoints.ok(await store.state)
            case "PUT":
                let state = try JSONDecoder().decode(EmulatorState.self, from: Data(body))
                if let problem = state.problems.first { return FaultAndJournalEndpoints.failure(400, problem) }
                try await store.replace(with: state)
                return try FaultAndJournalEndpoints.ok(await store.state)
            default:
                return FaultAndJournalEndpoints.failure(405, "\(method) is not allowed on \(Self.prefix)state")
            }
        } catch let error as ServedError {
            return FaultAndJournalEndpoints.failure(error.status, error.message)
        } catch {
            return FaultAndJournalEndpoints.failure(400, "the body is not what \(Self.prefix)state takes: \(error)")
        }
    }
}
