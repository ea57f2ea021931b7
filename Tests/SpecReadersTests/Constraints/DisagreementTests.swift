import Foundation
import SpecIR
import Testing

@testable import SpecReaders

/// Sources that disagree about a rule resolve to the permissive side: only the widest rule is checked.
@Suite("Disagreeing sources")
struct DisagreementTests {
    static let here = SourceLocation(file: "t", line: 1)

    func resolve(_ parameters: [Field]) -> (OperationSpec, [Diagnostic]) {
        var resolver = OperationConstraints(
            operation: OperationSpec(name: "Op", parameters: parameters, source: Self.here))
        return (resolver.resolve(), resolver.diagnostics)
    }

    /// `Tag` with a member whose prose counts the list, and the schema's `maxItems`.
    func tag(maxItems: Int) -> Field {
        let key = Field(name: "Key", type: .string, description: "标签键。N的取值范围：1~20。", source: Self.here)
        return Field(
            name: "Tag", type: .array, limits: SchemaLimits(maxItems: maxItems),
            item: Field(name: "", type: .object, children: [key], source: Self.here), source: Self.here)
    }

    func enforced(_ field: Field) -> [ConstraintRule] { field.constraints.filter(\.enforced).map(\.rule) }

    @Test("a schema wider than the prose is checked; the prose is kept as documentation")
    func schemaWider() {
        let (operation, diagnostics) = resolve([tag(maxItems: 71)])
        let tag = operation.parameters[0]
        #expect(enforced(tag) == [.count(min: nil, max: 71)])
        let prose = tag.constraints.first { $0.provenance.origin == .prose }
        #expect(prose?.rule == .count(min: nil, max: 20))
        #expect(prose?.enforced == false)
        #expect(prose?.note?.contains("stricter than the schema (\"maxItems: 71\")") == true)
        #expect(diagnostics.count == 1)
    }

    @Test("prose wider than the schema is checked; the schema is kept as documentation")
    func proseWider() {
        let (operation, diagnostics) = resolve([tag(maxItems: 5)])
        let tag = operation.parameters[0]
        #expect(enforced(tag) == [.count(min: nil, max: 20)])
        #expect(tag.constraints.first { $0.provenance.origin == .schema }?.enforced == false)
        #expect(diagnostics.map(\.message).first?.contains("only the wider, count at most 20, is checked") == true)
    }

    @Test("bounds taken from each source give a reconciled rule that quotes both")
    func reconciled() throws {
        let field = Field(
            name: "QueueNumber", type: .integer, description: "取值范围：1~2048。", limits: SchemaLimits(minimum: "-1"),
            source: Self.here)
        let (operation, diagnostics) = resolve([field])
        let constraints = operation.parameters[0].constraints
        #expect(constraints.filter(\.enforced).map(\.rule) == [.range(min: "-1", max: "2048")])
        let widened = try #require(constraints.first { $0.enforced })
        #expect(widened.provenance.origin == .reconciled)
        #expect(widened.provenance.text.contains("the description (\"取值范围：1~2048。\")"))
        #expect(widened.provenance.text.contains("the schema (\"minimum: -1\")"))
        #expect(widened.trust == .volatile)
        #expect(constraints.filter { !$0.enforced }.count == 2)
        #expect(diagnostics.count == 1)
    }

    @Test("listed numbers inside a wider range: the range is checked, the list documented")
    func valuesInsideRange() {
        let field = Field(
            name: "SpotDuration", type: .integer, description: "取值范围：\n- 1：一小时。\n- 0：不保证。",
            allowedValues: [AllowedValue(value: "1"), AllowedValue(value: "0")],
            limits: SchemaLimits(minimum: "0", maximum: "6"), source: Self.here)
        let (operation, diagnostics) = resolve([field])
        #expect(enforced(operation.parameters[0]) == [.range(min: "0", max: "6")])
        #expect(diagnostics.map(\.message).first?.contains("lists the values 1, 0") == true)
    }

    @Test("listed numbers outside the range widen it to take them in")
    func valuesOutsideRange() {
        let field = Field(
            name: "Period", type: .integer, allowedValues: ["1", "2", "60"].map { AllowedValue(value: $0) },
            limits: SchemaLimits(minimum: "1", maximum: "12"), source: Self.here)
        let (operation, _) = resolve([field])
        #expect(enforced(operation.parameters[0]) == [.range(min: "1", max: "60")])
    }

    @Test("a range that admits exactly the listed numbers agrees with them")
    func valuesCoverRange() {
        let field = Field(
            name: "Level", type: .integer, allowedValues: ["0", "1", "2"].map { AllowedValue(value: $0) },
            limits: SchemaLimits(minimum: "0", maximum: "2"), source: Self.here)
        let (operation, diagnostics) = resolve([field])
        #expect(enforced(operation.parameters[0]).count == 2)
        #expect(diagnostics.isEmpty)
    }

    @Test("a listed value the pattern refuses makes the pattern documentation only")
    func valueBreaksPattern() {
        let field = Field(
            name: "Mode", type: .string, allowedValues: ["auto", "Manual"].map { AllowedValue(value: $0) },
            limits: SchemaLimits(pattern: "^[a-z]+$"), source: Self.here)
        let (operation, diagnostics) = resolve([field])
        let pattern = operation.parameters[0].constraints.first { $0.rule.kind == "pattern" }
        #expect(pattern?.enforced == false)
        #expect(pattern?.note == "the documented value \"Manual\" breaks it; kept as documentation")
        #expect(diagnostics.count == 1)
    }

    @Test("every listed value passes every checked rule, however many rules it breaks")
    func everyRuleJudged() {
        let here = Self.here
        func listed(_ values: [String], _ origin: Provenance.Origin = .prose) -> Constraint {
            Constraint(rule: .allowedValues(values), provenance: Provenance(origin: origin, text: "v", location: here))
        }
        func rule(_ rule: ConstraintRule, _ origin: Provenance.Origin) -> Constraint {
            Constraint(rule: rule, provenance: Provenance(origin: origin, text: rule.kind, location: here))
        }
        let cases: [(Field, [Constraint])] = [
            (
                Field(name: "Name", type: .string, source: here),
                [
                    listed(["a_b", "long"]), rule(.length(min: 4, max: 10), .schema),
                    rule(.pattern("^[a-z]+$"), .schema),
                ]
            ),
            (
                Field(name: "Period", type: .integer, source: here),
                [
                    listed(["1", "2", "60"]), rule(.range(min: "1", max: nil), .prose),
                    rule(.range(min: nil, max: "12"), .schema),
                ]
            ),
        ]
        for (field, constraints) in cases {
            var diagnostics: [Diagnostic] = []
            let resolved = ValueDisagreements.resolve(
                constraints, field: field, path: "Op.\(field.name)", diagnostics: &diagnostics)
            guard case .allowedValues(let values) = constraints[0].rule else { continue }
            for constraint in resolved where constraint.enforced {
                for value in values {
                    #expect(
                        RuleEvaluator.accepts(constraint.rule, value: value),
                        "\(field.name): \(value) vs \(constraint.rule)")
                }
            }
            #expect(diagnostics.count == 2, "\(field.name): one warning per rule the values contradict")
        }
    }

    @Test("two sentences that state one bound differently: the wider is checked, with a warning")
    func sentencesDisagree() {
        let field = Field(name: "Name", type: .string, description: "长度为2~128个字符。最多支持256个字符。", source: Self.here)
        let (operation, diagnostics) = resolve([field])
        #expect(enforced(operation.parameters[0]) == [.length(min: 2, max: 256)])
        #expect(diagnostics.map(\.message).first?.contains("only the wider, length 2 to 256, is checked") == true)
    }

    @Test("a prose length the schema states too is stable; the rule checked after a disagreement may go stale")
    func trustAfterReconciling() {
        let agreeing = Field(
            name: "A", type: .string, description: "长度为2~128个字符。", limits: SchemaLimits(minLength: 2, maxLength: 128),
            source: Self.here)
        let disagreeing = Field(
            name: "B", type: .string, description: "长度为2~128个字符。", limits: SchemaLimits(minLength: 2, maxLength: 256),
            source: Self.here)
        let (operation, _) = resolve([agreeing, disagreeing])
        #expect(operation.parameters[0].constraints.map(\.trust) == [.stable])
        let checked = operation.parameters[1].constraints.filter(\.enforced)
        #expect(checked.map(\.rule) == [.length(min: 2, max: 256)])
        #expect(checked.map(\.trust) == [.volatile])
    }

    @Test("trust classes follow the rule and where it is stated")
    func trust() {
        let name = Field(
            name: "Name", type: .string, required: true, description: "不能以http://或https://开头。",
            limits: SchemaLimits(maxLength: 128, pattern: "^[a-z].*"), source: Self.here)
        let description = Field(name: "Description", type: .string, description: "长度为2~256个字符。", source: Self.here)
        let (operation, _) = resolve([name, description, tag(maxItems: 20)])
        func classes(_ field: Field) -> [String] {
            field.constraints.map { "\($0.rule.kind)/\($0.provenance.origin)/\($0.trust)" }
        }
        #expect(
            classes(operation.parameters[0]) == [
                "required/table/stable", "forbiddenPrefixes/prose/stable", "length/schema/stable",
                "pattern/schema/stable",
            ])
        #expect(classes(operation.parameters[1]) == ["length/prose/volatile"])
        #expect(operation.parameters[2].constraints.allSatisfy { $0.trust == .volatile })
    }

    @Test("the IR records each rule's trust class; an older IR without it decodes")
    func trustInIR() throws {
        let constraint = Constraint(
            rule: .count(min: nil, max: 20), provenance: Provenance(origin: .prose, text: "s", location: Self.here))
        let data = try JSONEncoder().encode(constraint)
        #expect(String(decoding: data, as: UTF8.self).contains("\"trust\":\"volatile\""))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["trust"] = nil
        let older = try JSONDecoder().decode(Constraint.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(older == constraint)
        let limits = try JSONDecoder().decode(SchemaLimits.self, from: Data(#"{"maxItems": 3}"#.utf8))
        #expect(limits == SchemaLimits(maxItems: 3))
        #expect(!String(decoding: try JSONEncoder().encode(limits), as: UTF8.self).contains("keyLocations"))
    }
}
