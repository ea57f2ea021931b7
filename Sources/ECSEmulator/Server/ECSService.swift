import AliyunServerSupport
import EmulatorHandlers
import EmulatorSupport

/// The ECS emulator's answers: its router (images, STS, and whatever else it was given) and its control
/// endpoints (``StateEndpoints``): faults, the journal, and `GET`/`PUT /_emulator/state` (an ``EmulatorState``).
struct ECSService: SignedAPIService {
    let router: OperationRouter
    let store: ImageStore
    let faults: FaultInjector
    let journal: RequestJournal

    /// The product of the call's version; its router answers it.
    func target(of call: VerifiedRequest, incoming: IncomingRequest) -> String {
        router.product(ofVersion: call.version)
    }

    func product(of target: String) -> String? { target }

    func answer(_ call: VerifiedRequest, target: String, incoming: IncomingRequest, requestId: String, hostId: String)
        async -> ServedAnswer
    {
        await router.answer(call, requestId: requestId, hostId: hostId)
    }

    func isAnonymous(action: String, version: String) -> Bool { router.isAnonymous(action: action, version: version) }

    func product(ofVersion version: String) -> String { router.product(ofVersion: version) }

    func control(method: String, target: String, body: [UInt8]) async -> ServedAnswer {
        await StateEndpoints(
            faults: faults, journal: journal, current: { await store.state },
            replace: { try await store.replace(with: $0) }
        ).answer(method: method, target: target, body: body)
    }
}
