import AliyunRuntime
import Foundation
import SpecIR

/// Calls any operation of a generated module through its ``OperationDescriptor``, with the smallest request the
/// spec allows (``RequestSynthesis``), signed and sent as the generated client sends it, and reports how it was
/// answered: a success its generated response type decoded, a service error its error type read, or a failure.
/// For tests that call every operation of a product against the emulator.
public enum OperationProbe {
    /// How a call was answered.
    public enum Outcome: Sendable {
        /// A success, decoded by the operation's response type.
        case answered
        /// A service error, with its code and status.
        case serviceError(code: String, status: Int)
        /// Anything else: the request could not be made, sent or read.
        case failed(String)
    }

    /// A service error of any operation.
    struct AnyOperationError: OperationError {
        var serviceError: ServiceError
        init(_ serviceError: ServiceError) { self.serviceError = serviceError }
        var isDocumented: Bool { false }
    }

    /// Calls one operation.
    ///
    /// - Parameters:
    ///   - descriptor: The generated module's descriptor of the operation.
    ///   - product: The product it belongs to, read from the same spec (for the request, and a ROA call's method
    ///     and path).
    ///   - caller: How calls are signed and sent (an `RPCClient`).
    /// - Returns: How it was answered.
    public static func call(
        _ descriptor: OperationDescriptor, of product: EmulatedProduct, caller: any RPCCaller
    ) async -> Outcome {
        guard let operation = product.spec.operations.first(where: { $0.name == descriptor.action }),
            let json = RequestSynthesis.minimal(
                descriptor.action, in: product, including: product.identifierParameters(of: descriptor.action))
        else { return .failed("the spec has no operation \(descriptor.action)") }
        do {
            let request = try JSONDecoder().decode(descriptor.request, from: Data(JSONText.serialize(json).utf8))
            try await send(request, descriptor.response, operation: operation, spec: product.spec, caller: caller)
            return .answered
        } catch let error as AnyOperationError {
            return .serviceError(code: error.serviceError.code, status: error.serviceError.httpStatus)
        } catch {
            return .failed("\(error)")
        }
    }

    private static func send<Request: RPCQueryCodable & Sendable, Response: Decodable & Sendable>(
        _ request: Request, _ response: Response.Type, operation: OperationSpec, spec: ServiceSpec,
        caller: any RPCCaller
    ) async throws {
        if let path = operation.path, let roa = request as? any ROARequestEncodable {
            try await sendROA(roa, response, operation: operation, path: path, spec: spec, caller: caller)
        } else {
            _ = try await OperationInvoker.invoke(
                request, action: operation.name, product: spec.product, version: spec.version, caller: caller,
                response: Response.self, failure: AnyOperationError.self)
        }
    }

    private static func sendROA<Request: ROARequestEncodable, Response: Decodable & Sendable>(
        _ request: Request, _ response: Response.Type, operation: OperationSpec, path: String, spec: ServiceSpec,
        caller: any RPCCaller
    ) async throws {
        _ = try await OperationInvoker.invoke(
            request, action: operation.name, product: spec.product, version: spec.version,
            method: operation.methods.first ?? "GET", path: path, caller: caller, response: Response.self,
            failure: AnyOperationError.self)
    }
}
