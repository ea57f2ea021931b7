import AliyunRuntime
import AliyunServerSupport
import Foundation
import SwiftCodegen

/// Reads a call's parameters by an operation's plan, as the generated server side reads them: the query (and a form
/// body) with each member's query coding, path parameters from the path, headers by name, and a ROA call's JSON body.
/// The result is a JSON object by wire name; a value that cannot be what the plan says is `InvalidParameter`, a
/// required one that is absent `MissingParameter`, with the name a server reports (`Tag.1.Key`).
struct RequestDecoding {
    let plan: ServicePlan

    /// The parts of a call a request is read from.
    struct Call {
        var items: [RPCQueryItem]
        var headers: [String: String]
        var pathValues: [String: String]
        var body: [UInt8]
    }

    func decode(_ operation: OperationPlan, _ call: Call) throws(ServedError) -> [String: JSONValue] {
        guard call.items.count <= RPCQueryDecoder.maximumItems else {
            throw ServedError.invalidParameter(
                message:
                    "The request has \(call.items.count) parameters; at most \(RPCQueryDecoder.maximumItems) are read.")
        }
        let query = RPCQueryDecoder(items: call.items)
        let body = try Self.jsonBody(call)
        var values: [String: JSONValue] = [:]
        for member in operation.members {
            let value: JSONValue?
            switch member.place {
            case .query: value = try queryValue(member, in: query)
            case .path:
                value = try call.pathValues[member.wireName].map { text throws(ServedError) in
                    try Self.scalar(text, member.value, path: member.wireName)
                }
            case .header:
                value = try call.headers[member.wireName.lowercased()].map { text throws(ServedError) in
                    try headerValue(text, member)
                }
            case .bodyMember:
                if case .object(let members)? = body {
                    value = try members[member.wireName].map { json throws(ServedError) in
                        try conform(json, to: member.value, path: member.wireName)
                    }
                } else {
                    value = nil
                }
            case .payload:
                value = try body.map { json throws(ServedError) in
                    try conform(json, to: member.value, path: member.wireName)
                }
            case .host: value = nil
            }
            if let value {
                values[member.wireName] = value
            } else if !member.isOptional && member.place != .host {
                // A host parameter (Function Compute 2021's account id) is sent nowhere by the official SDKs.
                throw ServedError.missing(member.wireName)
            }
        }
        return values
    }

    /// A ROA call's JSON body, or nil; a body that is not JSON is `InvalidParameter`.
    private static func jsonBody(_ call: Call) throws(ServedError) -> JSONValue? {
        guard !call.body.isEmpty, call.headers["content-type"]?.lowercased().contains("json") ?? true,
            !(call.headers["content-type"]?.lowercased().hasPrefix("application/x-www-form-urlencoded") ?? false)
        else { return nil }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: Data(call.body))
        } catch {
            throw ServedError.invalidParameter(message: "The request body is not valid JSON.")
        }
    }

    private func queryValue(_ member: PlannedMember, in query: RPCQueryDecoder) throws(ServedError) -> JSONValue? {
        let key = member.wireName
        let path = query.path(key)
        // Text always decodes: the decoder's errors are for typed values, which are converted here.
        func text(_ key: String) -> String? { (try? query.decode(String.self, forKey: key)) ?? nil }
        switch member.coding {
        case .scalar:
            return try text(key).map { text throws(ServedError) in try Self.scalar(text, member.value, path: path) }
        case .object:
            guard case .structure(let name) = member.value, let nested = query.nested(forKey: key) else {
                return nil
            }
            return try object(name, in: nested)
        case .list:
            guard case .list(let element) = member.value else { return nil }
            var values: [JSONValue] = []
            while let sent = text("\(key).\(values.count + 1)") {
                values.append(try Self.scalar(sent, element, path: "\(path).\(values.count + 1)"))
            }
            return values.isEmpty ? nil : .array(values)
        case .objectList:
            guard case .list(.structure(let name)) = member.value else { return nil }
            var values: [JSONValue] = []
            while let nested = query.nested(forKey: "\(key).\(values.count + 1)") {
                values.append(try object(name, in: nested))
            }
            return values.isEmpty ? nil : .array(values)
        case .joined:
            guard case .list(let element) = member.value, let joined = text(key) else { return nil }
            var values: [JSONValue] = []
            for part in joined.split(separator: ",", omittingEmptySubsequences: false) {
                values.append(try Self.scalar(String(part), element, path: path))
            }
            return .array(values)
        case .json:
            guard let sent = text(key) else { return nil }
            guard let json = try? JSONDecoder().decode(JSONValue.self, from: Data(sent.utf8)) else {
                throw ServedError.invalidParameter(path)
            }
            return try conform(json, to: member.value, path: path)
        }
    }

    /// An object's members under a nested decoder.
    private func object(_ name: String, in query: RPCQueryDecoder) throws(ServedError) -> JSONValue {
        var values: [String: JSONValue] = [:]
        for member in plan.structures[name] ?? [] {
            if let value = try queryValue(member, in: query) {
                values[member.wireName] = value
            } else if !member.isOptional {
                throw ServedError.missing(query.path(member.wireName))
            }
        }
        return .object(values)
    }

    /// A header's value: a scalar as text, anything else as its JSON text.
    private func headerValue(_ text: String, _ member: PlannedMember) throws(ServedError) -> JSONValue {
        switch member.value {
        case .string, .integer, .int64, .boolean, .double, .openEnum:
            return try Self.scalar(text, member.value, path: member.wireName)
        default:
            guard let json = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else {
                throw ServedError.invalidParameter(member.wireName)
            }
            return try conform(json, to: member.value, path: member.wireName)
        }
    }

    /// One item's text as the plan's scalar: numbers and booleans as the generated decoder parses them.
    static func scalar(_ text: String, _ value: PlannedValue, path: String) throws(ServedError) -> JSONValue {
        switch value {
        case .integer:
            guard let number = Int(rpcQueryValue: text) else { throw ServedError.invalidParameter(path) }
            return .integer(Int64(number))
        case .int64:
            guard let number = Int64(rpcQueryValue: text) else { throw ServedError.invalidParameter(path) }
            return .integer(number)
        case .boolean:
            guard let flag = Bool(rpcQueryValue: text) else { throw ServedError.invalidParameter(path) }
            return .bool(flag)
        case .double:
            guard let number = Double(rpcQueryValue: text) else { throw ServedError.invalidParameter(path) }
            return .number(number)
        case .json:
            return (try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))) ?? .string(text)
        default:
            return .string(text)
        }
    }

    /// A JSON value (a body member, a parameter sent as JSON) checked against the plan: numbers where numbers are
    /// meant (text that is one is read as one), objects and lists member by member; anything free-form as sent.
    func conform(_ json: JSONValue, to value: PlannedValue, path: String) throws(ServedError) -> JSONValue {
        switch (value, json) {
        case (_, .null), (.json, _):
            return json
        case (.string, .string), (.openEnum, .string):
            return json
        case (.string, .integer(let number)), (.openEnum, .integer(let number)):
            return .string(String(number))
        case (.string, .number(let number)), (.openEnum, .number(let number)):
            return .string(String(number))
        case (.string, .bool(let flag)), (.openEnum, .bool(let flag)):
            return .string(String(flag))
        case (.integer, .integer), (.int64, .integer), (.boolean, .bool), (.double, .number), (.double, .integer):
            return json
        case (.integer, .number(let number)), (.int64, .number(let number)):
            guard let integer = Int64(exactly: number) else { throw ServedError.invalidParameter(path) }
            return .integer(integer)
        case (.integer, .string(let text)), (.int64, .string(let text)), (.boolean, .string(let text)),
            (.double, .string(let text)):
            return try Self.scalar(text, value, path: path)
        case (.structure(let name), .object(let members)):
            var values: [String: JSONValue] = [:]
            for member in plan.structures[name] ?? [] {
                if let sent = members[member.wireName] {
                    values[member.wireName] = try conform(sent, to: member.value, path: "\(path).\(member.wireName)")
                } else if !member.isOptional {
                    throw ServedError.missing("\(path).\(member.wireName)")
                }
            }
            return .object(values)
        case (.list(let element), .array(let elements)):
            var values: [JSONValue] = []
            for (index, sent) in elements.enumerated() {
                values.append(try conform(sent, to: element, path: "\(path).\(index + 1)"))
            }
            return .array(values)
        case (.map(let element), .object(let members)):
            var values: [String: JSONValue] = [:]
            for (name, sent) in members { values[name] = try conform(sent, to: element, path: "\(path).\(name)") }
            return .object(values)
        default:
            throw ServedError.invalidParameter(path)
        }
    }
}
