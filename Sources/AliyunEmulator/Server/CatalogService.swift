import AliyunRuntime
import AliyunServerSupport
import EmulatorSupport
import Foundation
import SpecIR

/// The emulator's answers: hand-written handlers first (``AliyunEmulatorConfiguration/handlers`` says in what
/// order), else the product and operation the call names, answered from its IR; and the control endpoints, with
/// the state the configuration serves (``ServedState``).
struct CatalogService: SignedAPIService {
    let catalog: ProductCatalog
    let handlers: OperationRouter
    let answerer: OperationAnswerer
    let controlEndpoints: any ControlEndpoints

    /// Where a call goes: a hand-written handler, an operation of a product, or nowhere.
    enum Target: Sendable {
        case handler(product: String)
        case operation(EmulatedProduct, OperationSpec)
        case unknown
    }

    /// A hand-written handler when one serves the action of the version; else the product and operation the call
    /// names: its action and version (the host, else the request's fit, choosing among products that share both),
    /// else for a ROA call its method and path.
    func target(of call: VerifiedRequest, incoming: IncomingRequest) -> Target {
        if handlers.serves(action: call.action, version: call.version) {
            return .handler(product: handlers.product(ofVersion: call.version))
        }
        if let (product, operation) = catalog.operation(
            action: call.action, version: call.version, host: incoming.headers["host"],
            parameters: Set(call.parameters.map { String($0.name.split(separator: ".", maxSplits: 1).first ?? "") }),
            path: call.path)
            ?? catalog.operation(method: call.method, path: call.path, version: call.version)
        {
            return .operation(product, operation)
        }
        return .unknown
    }

    func product(of target: Target) -> String? {
        switch target {
        case .handler(let product): product
        case .operation(let product, _): product.spec.product
        case .unknown: nil
        }
    }

    func answer(_ call: VerifiedRequest, target: Target, incoming: IncomingRequest, requestId: String, hostId: String)
        async -> ServedAnswer
    {
        func failure(_ error: ServedError, product: String) -> ServedAnswer {
            .error(
                status: error.status, code: error.code, message: error.message, requestId: requestId, hostId: hostId,
                product: product)
        }
        switch target {
        case .handler:
            return await handlers.answer(call, requestId: requestId, hostId: hostId)
        case .unknown:
            let error: ServedError =
                catalog.serves(version: call.version) || handlers.serves(version: call.version)
                ? .unknownAction : .unknownVersion
            return failure(error, product: product(ofVersion: call.version))
        case .operation(let product, let operation):
            switch await answerer.answer(
                call, body: incoming.body, product: product, operation: operation, requestId: requestId)
            {
            case .success(let answer): return ServedAnswer(status: 200, body: JSONText.serialize(answer))
            case .failure(let error): return failure(error, product: product.spec.product)
            }
        }
    }

    func isAnonymous(action: String, version: String) -> Bool {
        if handlers.isAnonymous(action: action, version: version) { return true }
        guard let (_, operation) = catalog.operation(action: action, version: version, host: nil) else { return false }
        return operation.securitySchemes?.contains("Anonymous") ?? false
    }

    func product(ofVersion version: String) -> String {
        catalog.products.first { $0.spec.version == version }?.spec.product ?? handlers.product(ofVersion: version)
    }

    func control(method: String, target: String, body: [UInt8]) async -> ServedAnswer {
        await controlEndpoints.answer(method: method, target: target, body: body)
    }
}
