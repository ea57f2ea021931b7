import AliyunServerSupport
import EmulatorHandlers
import EmulatorSupport

/// The state document an emulator's control endpoints give (`GET /_emulator/state`) and take (`PUT`).
public enum ServedState: Sendable {
    /// The inferred resources, a ``ResourceState``: `aliyun-emulator`'s.
    case resources
    /// ECS's images and account, an `EmulatorState`: `ecs-emulator`'s.
    case images

    /// The control endpoints over the faults, the journal, and this document of the stores.
    func endpoints(
        resources: ResourceStore, images: ImageStore, faults: FaultInjector, journal: RequestJournal
    ) -> any ControlEndpoints {
        switch self {
        case .resources:
            StateEndpoints(
                faults: faults, journal: journal, current: { await resources.state },
                replace: { try await resources.replace(with: $0) })
        case .images:
            StateEndpoints(
                faults: faults, journal: journal, current: { await images.state },
                replace: { try await images.replace(with: $0) })
        }
    }
}

/// The answers of an emulator's control endpoints (the caller checked the token).
protocol ControlEndpoints: Sendable {
    /// The answer to a control request.
    func answer(method: String, target: String, body: [UInt8]) async -> ServedAnswer
}

extension StateEndpoints: ControlEndpoints {}
