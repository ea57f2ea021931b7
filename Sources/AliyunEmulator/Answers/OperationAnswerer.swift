import AliyunRuntime
import AliyunServerSupport
import Foundation
import ResourceInference
import SpecIR

/// Answers one verified call of a product from its IR: the request decoded and checked by the plan the generated
/// code follows, a dry run answered as the service answers one, then the operation served by its inferred
/// placement: on the store when stateful, with its documented example otherwise.
struct OperationAnswerer {
    let store: ResourceStore
    let validation: ValidationMode
    let now: @Sendable () -> Date

    func answer(
        _ call: VerifiedRequest, body: [UInt8], product: EmulatedProduct, operation: OperationSpec, requestId: String
    ) async -> Result<JSONValue, ServedError> {
        let derived = product.derived
        guard let plan = derived.plan.operations[operation.name] else { return .failure(.unknownAction) }
        let pathValues = product.pathTemplates[operation.name]?.match(call.path) ?? [:]
        let values: [String: JSONValue]
        do throws(ServedError) {
            values = try RequestDecoding(plan: derived.plan).decode(
                plan,
                RequestDecoding.Call(
                    items: call.parameters, headers: call.headers, pathValues: pathValues, body: body))
        } catch {
            return .failure(error)
        }
        if let refusal = RuleChecking(plan: derived.plan).refusal(
            values, operation: plan, errors: operation.errors, mode: validation)
        {
            return .failure(refusal)
        }
        if Self.isDryRun(values, operation: operation) {
            return .failure(
                ServedError(
                    status: 400, code: "DryRunOperation",
                    message: "Request validation has been passed with DryRun flag set."))
        }
        let answer: JSONValue
        do {
            switch derived.inferred.operation(operation.name)?.placement {
            case .stateful(let placement)?:
                answer = try await StatefulAnswer(
                    product: product, operation: operation, placement: placement, store: store, now: now
                ).answer(values)
            default:
                answer = derived.examples[operation.name] ?? .object([:])
            }
        } catch let error as ServedError {
            return .failure(error)
        } catch {
            return .failure(ServedError(status: 500, code: "InternalError", message: "\(error)"))
        }
        let requestIdName = AnswerShape(sharedTypes: derived.sharedTypes).topLevel(operation.response)
            .first { WireName.key($0.name) == "requestid" }?.name
        return .success(Self.withRequestId(answer, requestId, named: requestIdName ?? "RequestId"))
    }

    /// Whether the call asks only for its checks: a dry-run switch (the readers' `dryRun` role) set to true.
    static func isDryRun(_ values: [String: JSONValue], operation: OperationSpec) -> Bool {
        operation.parameters.contains { field in
            guard field.role == .dryRun, let value = values[field.name] else { return false }
            return value == .bool(true) || value.scalarText?.lowercased() == "true"
        }
    }

    /// An object answer with the call's request ID under `name` (the schema's spelling: CS's `request_id`), unless it
    /// carries one of its own (in any spelling).
    static func withRequestId(_ answer: JSONValue, _ requestId: String, named name: String) -> JSONValue {
        guard case .object(var members) = answer else { return answer }
        if !members.keys.contains(where: { WireName.key($0) == "requestid" }) { members[name] = .string(requestId) }
        return .object(members)
    }
}

/// The documented example answer of an operation, as JSON, with each documented field in its documented type (a
/// value the type cannot hold, such as `0.002` for a long, is left out: the generated client could not read it);
/// without an example (or with one that is not JSON), an empty list where the answer is documented as one, else an
/// empty object.
enum ExampleAnswer {
    static func of(_ operation: OperationSpec, shape: AnswerShape) -> JSONValue {
        let listBody = shape.listBody(of: operation.response)
        guard let text = operation.response.example,
            let example = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        else { return listBody == nil ? .object([:]) : .array([]) }
        if let listBody { return shape.conformed(example, to: listBody) ?? .array([]) }
        guard case .object(let members) = example else { return example }
        return .object(shape.conformed(members, to: shape.topLevel(operation.response)))
    }
}
