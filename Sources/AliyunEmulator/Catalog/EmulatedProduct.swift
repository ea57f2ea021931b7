import AliyunRuntime
import Foundation
import ResourceInference
import SpecIR
import SwiftCodegen
import Synchronization

/// One product version the emulator serves: its IR, and what is derived from it on the first call (the request
/// plan the generated code would follow, and the inferred resources), so that loading a whole corpus costs only
/// reading it.
public final class EmulatedProduct: Sendable {
    /// The product version as read from its spec.
    public let spec: ServiceSpec
    /// Where the spec was read from.
    public let path: String
    /// Corrections to inference for this product.
    public let overrides: InferenceOverrides
    /// The operations by wire name.
    let operations: [String: OperationSpec]
    /// The path templates of the operations that have one, parsed once, by operation name.
    let pathTemplates: [String: PathTemplate]
    /// The ROA operations' methods and path templates, in source order, for calls that name no action.
    let templates: [(method: String, template: PathTemplate, operation: String)]
    private let prepared = Mutex<Prepared?>(nil)

    /// What the first call derives: the request plan, the inferred resources, and the example answers.
    struct Prepared: Sendable {
        var plan: ServicePlan
        var inferred: InferredService
        /// The shared types by name, for answers that refer to them.
        var sharedTypes: [String: Field]
        /// Each operation's documented example answer, conformed to its schema (``ExampleAnswer``), read once.
        var examples: [String: JSONValue]
    }

    /// A product from its IR.
    public init(spec: ServiceSpec, path: String, overrides: InferenceOverrides = .none) {
        self.spec = spec
        self.path = path
        self.overrides = overrides
        operations = Dictionary(spec.operations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let routes = spec.operations.compactMap { operation -> (String, PathTemplate, String)? in
            guard let path = operation.path, spec.style.hasPaths else { return nil }
            return (operation.methods.first ?? "GET", PathTemplate(path), operation.name)
        }
        templates = routes
        pathTemplates = Dictionary(routes.map { ($0.2, $0.1) }, uniquingKeysWith: { first, _ in first })
    }

    /// `Ecs/2014-05-26`.
    public var label: String { "\(spec.product)/\(spec.version)" }

    /// The request plan and inferred resources, derived once.
    var derived: Prepared {
        if let ready = prepared.withLock({ $0 }) { return ready }
        let sharedTypes = Dictionary(spec.sharedTypes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let shape = AnswerShape(sharedTypes: sharedTypes)
        let ready = Prepared(
            plan: RequestPlanner.plan(spec), inferred: ResourceInference.infer(spec, overrides: overrides),
            sharedTypes: sharedTypes,
            examples: Dictionary(
                spec.operations.map { ($0.name, ExampleAnswer.of($0, shape: shape)) }, uniquingKeysWith: { a, _ in a }))
        return prepared.withLock { stored in
            if let stored { return stored }
            stored = ready
            return ready
        }
    }

    /// The request parameter that names a stateful operation's resource (`VpcId`), for a call on one: empty for a
    /// create, or an operation inference did not place.
    public func identifierParameters(of operation: String) -> Set<String> {
        guard let placement = derived.inferred.operation(operation)?.placement.stateful, placement.role != .create,
            let first = placement.requestIdentifier?.first
        else { return [] }
        return [first]
    }

    /// The code the emulator answers a call on a resource that is not there: the documented one, else
    /// `<Kind>.NotFound`.
    static func notFoundCode(of resource: InferredResource) -> String {
        resource.notFoundCode ?? "\(resource.kind).NotFound"
    }

    /// Whether an error code is how the emulator answers the smallest call of an operation when nothing was made
    /// first: the NotFound code of a (non-create) stateful operation's resource, or a dry run that passed
    /// (`DryRunOperation`, the generated client's `DryRunSucceeded`). What probes count apart from problems.
    func isExpectedRefusal(_ code: String, of operation: String) -> Bool {
        if code == "DryRunOperation" { return true }
        guard let placement = derived.inferred.operation(operation)?.placement.stateful, placement.role != .create,
            let resource = derived.inferred.resource(placement.kind)
        else { return false }
        return code == Self.notFoundCode(of: resource)
    }

    /// What inference made of the product (for `--explain`).
    public var inferred: InferredService { derived.inferred }

    /// Whether the emulator can verify this product's calls: the styles signed with V1, V3 or the common ROA
    /// signature (RPC, ROA, V3, FC, AliGenie). Log Service, PDS and OSS sign with gateways of their own.
    public var isServed: Bool {
        spec.style.isRPC || [.roa, .v3, .fc, .aliGenie].contains(spec.style)
    }
}
