import AliyunRuntime
import Foundation
import SwiftCodegen

/// A request (a JSON object by wire name, ``RequestSynthesis``) put on the wire by its plan, as the generated
/// encoder puts it: query items by each member's query coding, path values, headers, and a ROA call's JSON body.
/// The inverse of the emulator's ``RequestDecoding``, for calls made without generated types.
struct RequestWire {
    let plan: ServicePlan

    /// The call of `operation` with `values`.
    func call(_ operation: OperationPlan, values: JSONValue, spec: ServiceSpecSummary) throws -> RPCCall {
        guard case .object(let members) = values else {
            return RPCCall(product: "", version: "", action: "", parameters: [])
        }
        var query: [RPCQueryItem] = []
        var pathValues: [String: String] = [:]
        var headers: [RPCQueryItem] = []
        var body: [String: JSONValue] = [:]
        var payload: JSONValue?
        for member in operation.members {
            guard let value = members[member.jsonKey] else { continue }
            switch member.place {
            case .query: query += items(member, value, prefix: "")
            case .path: pathValues[member.wireName] = value.scalarText ?? JSONText.serialize(value)
            case .header:
                headers.append(
                    RPCQueryItem(name: member.wireName, value: value.scalarText ?? JSONText.serialize(value)))
            case .bodyMember: body[member.wireName] = value
            case .payload: payload = value
            case .host: continue
            }
        }
        var call = RPCCall(product: spec.product, version: spec.version, action: operation.name, parameters: query)
        if let path = spec.path {
            call.style = .roa
            call.method = spec.method
            call.path = try ROARequestEncoder.expand(path, values: pathValues) { value, isPath in
                isPath ? PercentEncoding.reservedExpansion(value) : PercentEncoding.rfc3986(value)
            }
            call.headers = headers
            if let payload {
                call.content = .json(payload)
            } else if !body.isEmpty {
                call.content = .json(.object(body))
            }
        }
        return call
    }

    /// A member's query items, by its coding.
    private func items(_ member: PlannedMember, _ value: JSONValue, prefix: String) -> [RPCQueryItem] {
        let name = prefix + member.wireName
        switch (member.coding, value) {
        case (.object, .object(let object)):
            guard case .structure(let type) = member.value else { return [] }
            return objectItems(object, type: type, prefix: name + ".")
        case (.list, .array(let elements)):
            return elements.enumerated().map { RPCQueryItem(name: "\(name).\($0.offset + 1)", value: text($0.element)) }
        case (.objectList, .array(let elements)):
            guard case .list(.structure(let type)) = member.value else { return [] }
            return elements.enumerated().flatMap { index, element -> [RPCQueryItem] in
                guard case .object(let object) = element else { return [] }
                return objectItems(object, type: type, prefix: "\(name).\(index + 1).")
            }
        case (.joined, .array(let elements)):
            return [RPCQueryItem(name: name, value: elements.map(text).joined(separator: ","))]
        case (.json, _):
            return [RPCQueryItem(name: name, value: JSONText.serialize(value))]
        default:
            return [RPCQueryItem(name: name, value: text(value))]
        }
    }

    private func objectItems(_ object: [String: JSONValue], type: String, prefix: String) -> [RPCQueryItem] {
        (plan.structures[type] ?? []).flatMap { member in
            object[member.jsonKey].map { items(member, $0, prefix: prefix) } ?? []
        }
    }

    private func text(_ value: JSONValue) -> String { value.scalarText ?? JSONText.serialize(value) }
}

/// What a call needs of its operation besides the plan: the product, version, and a ROA operation's method and path.
struct ServiceSpecSummary {
    var product: String
    var version: String
    var method: String
    var path: String?
}
