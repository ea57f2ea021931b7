import AliyunServerSupport
import Foundation

/// The endpoints under `/_emulator/` that tests use to steer and observe the emulator, apart from the signed
/// API; each request must hold the emulator's ``ControlToken`` (the responder checks it before these run):
///
/// - `POST /_emulator/faults` with a JSON array of ``Fault``: adds faults; `DELETE` clears them;
///   `GET` lists those waiting.
/// - `GET /_emulator/requests`: the ``RequestJournal`` as a JSON array; `DELETE` clears it.
/// - `GET /_emulator/state`: the ``EmulatorState``; `PUT` replaces it.
struct ControlEndpoints {
    static let prefix = "/_emulator/"

    /// The answer to a request without the control token.
    static let unauthorized = ServedAnswer(
        status: 401,
        body:
            #"{"Message":"the control endpoints need the emulator's control token, as Authorization: Bearer TOKEN or X-Emulator-Control-Token: TOKEN"}"#
    )

    let store: ImageStore
    let faults: FaultInjector
    let journal: RequestJournal

    func answer(method: String, target: String, body: [UInt8]) async -> ServedAnswer {
        let path = String(target.split(separator: "?", maxSplits: 1).first ?? "")
        let resource = String(path.dropFirst(Self.prefix.count))
        do {
            switch (method, resource) {
            case ("GET", "faults"): return try ok(await faults.waiting)
            case ("POST", "faults"):
                let added = try decode([Fault].self, from: body)
                do throws(FaultError) {
                    try await faults.add(added)
                } catch {
                    return failure(400, error.message)
                }
                return try ok(await faults.waiting)
            case ("DELETE", "faults"):
                await faults.clear()
                return try ok([Fault]())
            case ("GET", "requests"): return try ok(await journal.all)
            case ("DELETE", "requests"):
                await journal.clear()
                return try ok([JournalEntry]())
            case ("GET", "state"): return try ok(await store.state)
            case ("PUT", "state"):
                let state = try decode(EmulatorState.self, from: body)
                if let problem = state.problems.first { return failure(400, problem) }
                try await store.replace(with: state)
                return try ok(await store.state)
            case (_, "faults"), (_, "requests"), (_, "state"):
                return failure(405, "\(method) is not allowed on \(path)")
            default:
                return failure(404, "no control endpoint \(path); there are faults, requests and state")
            }
        } catch let error as ServedError {
            return failure(error.status, error.message)
        } catch {
            return failure(400, "the body is not what \(path) takes: \(error)")
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, from body: [UInt8]) throws -> T {
        try JSONDecoder().decode(type, from: Data(body))
    }

    private func ok(_ value: some Encodable) throws -> ServedAnswer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ServedAnswer(status: 200, body: String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    private func failure(_ status: Int, _ message: String) -> ServedAnswer {
        let body = (try? ok(["Message": message]))?.body ?? "{}"
        return ServedAnswer(status: status, body: body)
    }
}
