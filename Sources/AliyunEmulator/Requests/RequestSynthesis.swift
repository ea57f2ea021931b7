import AliyunRuntime
import Foundation
import SwiftCodegen

/// The smallest request of an operation that its generated request type reads: every required member (and path
/// parameter) with the documentation's sample value of the member's type, or a plain one (`"x"`, `1`, `false`),
/// lists of one element, objects of their required members. A JSON object keyed by wire names, as generated
/// requests decode; for tests and benchmarks that call every operation of a product.
public enum RequestSynthesis {
    /// The request, or nil when the product has no such operation.
    public static func minimal(_ operation: String, in product: EmulatedProduct) -> JSONValue? {
        let plan = product.derived.plan
        guard let members = plan.operations[operation]?.members else { return nil }
        return object(members, plan: plan, depth: 0)
    }

    private static func object(_ members: [PlannedMember], plan: ServicePlan, depth: Int) -> JSONValue {
        var values: [String: JSONValue] = [:]
        for member in members where !member.isOptional {
            values[member.jsonKey] = value(member.value, sample: member.sample, plan: plan, depth: depth)
        }
        return .object(values)
    }

    private static func value(_ type: PlannedValue, sample: String?, plan: ServicePlan, depth: Int) -> JSONValue {
        switch type {
        case .string, .openEnum:
            return .string(
                sample.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 } ?? "x")
        case .integer, .int64:
            return .integer(sample.flatMap { Int64($0) } ?? 1)
        case .boolean:
            return .bool(sample.flatMap { Bool($0.lowercased()) } ?? false)
        case .double:
            return .number(sample.flatMap { Double($0) } ?? 1)
        case .json, .map:
            return .object([:])
        case .structure(let name):
            guard depth < 8 else { return .object([:]) }
            return object(plan.structures[name] ?? [], plan: plan, depth: depth + 1)
        case .list(let element):
            // A list's sample is its element's, or a JSON list of them.
            if let sample,
                case .array(let elements)? = try? JSONDecoder().decode(
                    JSONValue.self, from: Data(sample.utf8)), let first = elements.first?.scalarText
            {
                return .array([value(element, sample: first, plan: plan, depth: depth + 1)])
            }
            return .array([value(element, sample: sample, plan: plan, depth: depth + 1)])
        }
    }
}
