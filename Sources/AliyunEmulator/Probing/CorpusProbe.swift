import AliyunRuntime
import Foundation
import ResourceInference
import SpecIR

/// Calls every operation of every product of a catalog against an emulator serving them, without generated types:
/// each with the smallest request its spec allows (``RequestSynthesis``), put on the wire by its plan and signed
/// (V3), and checks the answer: a success whose body is the documented kind (an object, or a list where the answer
/// is one) and whose documented top-level fields have their documented types (what the generated client's lenient
/// decoder reads without an issue), or the NotFound code of a stateful operation's resource.
public enum CorpusProbe {
    /// The counts of one product version, or of a whole run.
    public struct Figures: Sendable, Equatable {
        /// Operations called.
        public var operations = 0
        /// Successes of the documented shape.
        public var answered = 0
        /// Stateful operations on an identifier no create made, answered with the resource's NotFound code.
        public var notFound = 0
        /// Operations served by hand-written handlers (STS), whose checks the smallest request does not pass; not
        /// called.
        public var byHand = 0
        /// What went wrong otherwise, one line per operation (`Product/Version Action: …`).
        public var problems: [String] = []

        /// No operations.
        public init() {}

        /// `operations: N answered, M NotFound, K problems`.
        public var summary: String {
            "\(operations) operations: \(answered) answered, \(notFound) NotFound, \(byHand) served by hand, "
                + "\(problems.count) problems"
        }

        /// Sums figures.
        public static func + (lhs: Figures, rhs: Figures) -> Figures {
            var sum = lhs
            sum.operations += rhs.operations
            sum.answered += rhs.answered
            sum.notFound += rhs.notFound
            sum.byHand += rhs.byHand
            sum.problems += rhs.problems
            return sum
        }
    }

    /// Probes every product of `catalog` on a new emulator (every rule off, so the smallest requests pass).
    ///
    /// - Parameter catalog: The products.
    /// - Returns: Each product version's figures, by label, in the catalog's order.
    /// - Throws: When the emulator cannot start.
    public static func run(_ catalog: ProductCatalog) async throws -> [(label: String, figures: Figures)] {
        let session = try await ProbeSession.start(catalog)
        let (emulator, caller) = (session.emulator, session.caller)
        var results: [(String, Figures)] = []
        for product in catalog.products {
            results.append((product.label, await probe(product, caller: caller, emulator: emulator)))
        }
        await emulator.stop()
        return results
    }

    private static func probe(_ product: EmulatedProduct, caller: RPCClient, emulator: AliyunEmulator) async -> Figures
    {
        var figures = Figures()
        let wire = RequestWire(plan: product.derived.plan)
        let shape = AnswerShape(sharedTypes: product.derived.sharedTypes)
        for operation in product.spec.operations {
            // An operation whose answer is raw bytes (or whose request is) is streamed; not probed here.
            if operation.response.isRawBody == true { continue }
            figures.operations += 1
            if emulator.servesByHand(action: operation.name, version: product.spec.version) {
                figures.byHand += 1
                continue
            }
            let label = "\(product.label) \(operation.name)"
            guard let plan = product.derived.plan.operations[operation.name],
                let values = RequestSynthesis.minimal(
                    operation.name, in: product, including: product.identifierParameters(of: operation.name))
            else {
                figures.problems.append("\(label): no request plan")
                continue
            }
            let reply: RPCReply
            do {
                let call = try wire.call(
                    plan, values: values,
                    spec: ServiceSpecSummary(
                        product: product.spec.product, version: product.spec.version,
                        method: operation.methods.first ?? "GET", path: operation.path))
                reply = try await caller.call(call)
            } catch {
                figures.problems.append("\(label): \(error)")
                continue
            }
            if reply.status == 200 || reply.status == 204 {
                if let problem = shapeProblem(reply.body, operation: operation, shape: shape) {
                    figures.problems.append("\(label): \(problem)")
                } else {
                    figures.answered += 1
                }
            } else if case .object(let members)? = try? JSONDecoder().decode(JSONValue.self, from: Data(reply.body)),
                case .string(let code)? = members["Code"], product.isExpectedRefusal(code, of: operation.name)
            {
                figures.notFound += 1
            } else {
                let text = String(decoding: reply.body.prefix(300), as: UTF8.self)
                figures.problems.append("\(label): HTTP \(reply.status) \(text)")
            }
        }
        return figures
    }

    /// Why an answer's body is not what the generated response type reads cleanly; nil when it is.
    static func shapeProblem(_ body: [UInt8], operation: OperationSpec, shape: AnswerShape) -> String? {
        if body.isEmpty { return nil }
        guard let answer = try? JSONDecoder().decode(JSONValue.self, from: Data(body)) else {
            return "the answer is not JSON"
        }
        let fields = shape.topLevel(operation.response)
        let isList = shape.listBody(of: operation.response) != nil
        switch answer {
        case .array where isList: return nil
        case .object(let members) where !isList:
            for field in fields {
                guard let value = members[field.name], let problem = problem(value, field, shape: shape, depth: 0)
                else { continue }
                return "\(field.name): \(problem)"
            }
            return nil
        default:
            return isList ? "the answer is not the documented list" : "the answer is not an object"
        }
    }

    /// Why the generated lenient decoder cannot read `value` as `field` (the JSON types it accepts for each
    /// documented type: a number or boolean for a string, digits for an integer, `"true"` or 1 for a boolean);
    /// nil when it can. Objects and lists are read member by member.
    static func problem(_ value: JSONValue, _ field: Field, shape: AnswerShape, depth: Int) -> String? {
        let field = shape.resolved(field)
        func fail() -> String {
            "a \(field.type.rawValue) is documented, the answer has \(JSONText.serialize(value).prefix(60))"
        }
        switch (field.type, value) {
        case (_, .null), (.any, _): return nil
        case (.string, .string), (.string, .integer), (.string, .number), (.string, .bool), (.binary, _): return nil
        case (.integer, .integer), (.long, .integer): return nil
        case (.integer, .string(let text)), (.long, .string(let text)): return Int64(text) == nil ? fail() : nil
        case (.float, .number), (.double, .number), (.float, .integer), (.double, .integer): return nil
        case (.float, .string(let text)), (.double, .string(let text)): return Double(text) == nil ? fail() : nil
        case (.boolean, .bool): return nil
        case (.boolean, .string(let text)):
            return ["true", "false", "1", "0"].contains(text.lowercased()) ? nil : fail()
        case (.boolean, .integer(let number)): return number == 0 || number == 1 ? nil : fail()
        case (.object, .object(let members)):
            guard depth < 16 else { return nil }
            for child in field.children {
                if let value = members[child.name], let problem = problem(value, child, shape: shape, depth: depth + 1)
                {
                    return "\(child.name): \(problem)"
                }
            }
            return nil
        case (.array, .array(let elements)):
            guard depth < 16, let item = field.item?.value else { return nil }
            for element in elements {
                if let problem = problem(element, item, shape: shape, depth: depth + 1) { return "[]: \(problem)" }
            }
            return nil
        default:
            return fail()
        }
    }
}
