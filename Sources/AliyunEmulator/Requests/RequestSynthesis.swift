import AliyunRuntime
import Foundation
import SwiftCodegen

/// The smallest request of an operation that its generated request type reads: every required member (and path
/// parameter) with the documentation's sample value of the member's type, or a plain one (`"x"`, `1`, `false`),
/// lists of one element, objects of their required members. A JSON object keyed by wire names, as generated
/// requests decode; for tests and benchmarks that call every operation of a product.
public enum RequestSynthesis {
    /// The request, or nil when the product has no such operation.
    ///
    /// - Parameters:
    ///   - operation: The operation's wire name.
    ///   - product: Its product.
    ///   - including: Optional top-level members to send too, by wire name (an identifier the spec leaves optional).
    /// - Returns: The request as the generated type's JSON.
    public static func minimal(
        _ operation: String, in product: EmulatedProduct, including: Set<String> = []
    ) -> JSONValue? {
        let plan = product.derived.plan
        guard let members = plan.operations[operation]?.members else { return nil }
        return object(members, plan: plan, depth: 0, including: including)
    }

    /// An object of its required members; one with none gets its first member, so that it is sent at all (a list
    /// of objects numbered from 1 is sent only through their members).
    private static func object(
        _ members: [PlannedMember], plan: ServicePlan, depth: Int, including: Set<String> = []
    ) -> JSONValue {
        var values: [String: JSONValue] = [:]
        var chosen = members.filter { !$0.isOptional || including.contains($0.wireName) }
        if chosen.isEmpty, depth > 0, let first = members.first(where: { $0.sample != nil }) ?? members.first {
            chosen = [first]
        }
        for member in chosen {
            values[member.jsonKey] = value(member.value, sample: member.sample, plan: plan, depth: depth)
        }
        return .object(values)
    }

    private static func value(_ type: PlannedValue, sample: String?, plan: ServicePlan, depth: Int) -> JSONValue {
        switch type {
        case .string, .openEnum:
            return .string(
                sample.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
                    ?? "x")
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
