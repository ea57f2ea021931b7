import AliyunServerSupport
import Foundation

/// The control endpoints every emulator has, under `/_emulator/` (the caller checks the ``ControlToken`` first):
///
/// - `POST /_emulator/faults` with a JSON array of ``Fault``: adds faults; `DELETE` clears them; `GET` lists those
///   waiting.
/// - `GET /_emulator/requests`: the ``RequestJournal`` as a JSON array; `DELETE` clears it.
///
/// An emulator with more endpoints (the ECS emulator's `state`) answers those itself and hands the rest here.
public struct FaultAndJournalEndpoints: Sendable {
    /// Where the control endpoints start.
    public static let prefix = "/_emulator/"

    /// The answer to a request without the control token.
    public static let unauthorized = ServedAnswer(
        status: 401,
        body:
            #"{"Message":"the control endpoints need the emulator's control token, as Authorization: Bearer TOKEN or X-Emulator-Control-Token: TOKEN"}"#
    )

    let faults: FaultInjector
    let journal: RequestJournal
    /// Every resource the emulator's control endpoints have, for the message of an unknown one.
    let resources: [String]

    /// Endpoints over these faults and this journal; `resources` names every control resource the emulator has.
    public init(faults: FaultInjector, journal: RequestJournal, resources: [String] = ["faults", "requests"]) {
        self.faults = faults
        self.journal = journal
        self.resources = resources
    }

    /// The resource a control request's target names: `faults` for `/_emulator/faults?x`.
    public static func resource(of target: String) -> String {
        String(String(target.split(separator: "?", maxSplits: 1).first ?? "").dropFirst(prefix.count))
    }

    /// The answer to a control request for `faults` or `requests`; 405 for another method on them, 404 for any
    /// other resource.
    public func answer(method: String, target: String, body: [UInt8]) async -> ServedAnswer {
        let resource = Self.resource(of: target)
        do {
            switch (method, resource) {
            case ("GET", "faults"): return try Self.ok(await faults.waiting)
            case ("POST", "faults"):
                let added = try JSONDecoder().decode([Fault].self, from: Data(body))
                do throws(FaultError) {
                    try await faults.add(added)
                } catch {
                    return Self.failure(400, error.message)
                }
                return try Self.ok(await faults.waiting)
            case ("DELETE", "faults"):
                await faults.clear()
                return try Self.ok([Fault]())
            case ("GET", "requests"): return try Self.ok(await journal.all)
            case ("DELETE", "requests"):
                await journal.clear()
                return try Self.ok([JournalEntry]())
            case (_, let name) where resources.contains(name):
                return Self.failure(405, "\(method) is not allowed on \(Self.prefix)\(name)")
            default:
                let names = resources.dropLast().joined(separator: ", ") + " and " + (resources.last ?? "")
                return Self.failure(404, "no control endpoint \(Self.prefix)\(resource); there are \(names)")
            }
        } catch {
            return Self.failure(400, "the body is not what \(Self.prefix)\(resource) takes: \(error)")
        }
    }

    /// A 200 answer of `value` as JSON, keys sorted.
    public static func ok(_ value: some Encodable) throws -> ServedAnswer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ServedAnswer(status: 200, body: String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// An answer of `status` whose JSON body's `Message` is `message`.
    public static func failure(_ status: Int, _ message: String) -> ServedAnswer {
        ServedAnswer(status: status, body: (try? ok(["Message": message]))?.body ?? "{}")
    }
}
