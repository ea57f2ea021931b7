import AliyunRuntime
import AliyunServerSupport
import EmulatorSupport
import Foundation
import SpecIR

/// The emulator's answers: hand-written handlers first (STS, then the configured ones), else the product and
/// operation the call names, answered from its IR; and the control endpoints, with the resources' state.
struct CatalogService: SignedAPIService {
    let catalog: ProductCatalog
    let handlers: OperationRouter
    let answerer: OperationAnswerer
    let faults: FaultInjector
    let journal: RequestJournal

    func answer(_ call: VerifiedRequest, incoming: IncomingRequest, requestId: String, hostId: String) async
        -> ServedAnswer
    {
        if handlers.serves(action: call.action, version: call.version) {
            return await handlers.answer(call, requestId: requestId, hostId: hostId)
        }
        func failure(_ error: ServedError, product: String) -> ServedAnswer {
            .error(
                status: error.status, code: error.code, message: error.message, requestId: requestId, hostId: hostId,
                product: product)
        }
        guard let (product, operation) = target(call, incoming: incoming) else {
            let error: ServedError =
                catalog.serves(version: call.version) || handlers.serves(version: call.version)
                ? .unknownAction : .unknownVersion
            return failure(error, product: product(ofVersion: call.version))
        }
        switch await answerer.answer(
            call, body: incoming.body, product: product, operation: operation, requestId: requestId)
        {
        case .success(let answer): return ServedAnswer(status: 200, body: JSONText.serialize(answer))
        case .failure(let error): return failure(error, product: product.spec.product)
        }
    }

    /// The product and operation a call names: its action and version (the host choosing among products that share
    /// both), else for a ROA call its method and path.
    private func target(_ call: VerifiedRequest, incoming: IncomingRequest) -> (EmulatedProduct, OperationSpec)? {
        let names = Set(call.parameters.map { String($0.name.split(separator: ".", maxSplits: 1).first ?? "") })
        if let found = catalog.operation(
            action: call.action, version: call.version, host: incoming.headers["host"], parameters: names,
            path: call.path)
        {
            return found
        }
        return catalog.operation(method: call.method, path: call.path, version: call.version)
    }

    func isAnonymous(action: String, version: String) -> Bool {
        if handlers.isAnonymous(action: action, version: version) { return true }
        guard let (_, operation) = catalog.operation(action: action, version: version, host: nil) else { return false }
        return operation.securitySchemes?.contains("Anonymous") ?? false
    }

    func product(ofVersion version: String) -> String {
        catalog.products.first { $0.spec.version == version }?.spec.product ?? handlers.product(ofVersion: version)
    }

    func product(of call: VerifiedRequest, incoming: IncomingRequest) -> String? {
        target(call, incoming: incoming)?.0.spec.product ?? handlers.product(ofVersion: call.version)
    }

    func control(method: String, target: String, body: [UInt8]) async -> ServedAnswer {
        let store = answerer.store
        return await StateEndpoints(
            faults: faults, journal: journal, current: { await store.state },
            replace: { try await store.replace(with: $0) }
        ).answer(method: method, target: target, body: body)
    }
}
