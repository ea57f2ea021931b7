import SpecIR
import SwiftSourceText

/// Builds the checks of one struct's `validate(into:prefix:)` from its fields' constraints.
struct ValidationBuilder {
    let qualifiedName: String
    let operation: OperationSpec
    private var checks: [ValidationViewModel.Check] = []
    private var rules: [ValidationViewModel.Rule] = []
    private var ruleNames = NameAllocator()

    init(qualifiedName: String, operation: OperationSpec) {
        self.qualifiedName = qualifiedName
        self.operation = operation
    }

    mutating func add(_ field: Field, property: String, mapping: TypeMapping, optional: Bool) {
        let path = "prefix + \(SwiftLiteral.string(field.name))"
        var body: [String] = []
        var skipped: [String] = []
        let value = mapping.swiftType.hasPrefix("[") ? property : valueExpression(property, field: field)
        for constraint in field.constraints {
            guard constraint.enforced else {
                skipped.append("// Not checked (\(constraint.rule.kind)): \(constraint.note ?? "documentation only").")
                continue
            }
            let rule = ruleReference(constraint, property: property)
            if let call = CheckCall.make(constraint.rule, field: field, value: value, path: path, rule: rule) {
                body.append(contentsOf: call)
            }
        }
        if field.type == .object, !field.children.isEmpty, field.style != .json {
            body.append(
                "\(property).validate(into: &validator, prefix: prefix + \(SwiftLiteral.string(field.name + ".")))")
        }
        if field.type == .array, let item = field.item?.value, field.style != .json {
            body += elementChecks(item, property: property, path: path)
        }
        guard !body.isEmpty || !skipped.isEmpty else { return }
        var lines = skipped.map { SwiftCommentLine.sanitised($0) }
        if body.isEmpty {
            checks.append(ValidationViewModel.Check(lines: lines))
            return
        }
        if optional {
            lines.append("if let \(property) {")
            lines += body.map { "    " + $0 }
            lines.append("}")
        } else {
            lines += body
        }
        checks.append(ValidationViewModel.Check(lines: lines))
    }

    /// Checks on each element of a list.
    private mutating func elementChecks(_ item: Field, property: String, path: String) -> [String] {
        var inner: [String] = []
        let elementPath = "\(path) + \".\\(index + 1)\""
        if item.type == .object, !item.children.isEmpty {
            inner.append("element.validate(into: &validator, prefix: \(elementPath) + \".\")")
        } else {
            for constraint in item.constraints where constraint.enforced {
                let rule = ruleReference(constraint, property: property + "Element")
                let value = valueExpression("element", field: item)
                inner += CheckCall.make(constraint.rule, field: item, value: value, path: elementPath, rule: rule) ?? []
            }
        }
        guard !inner.isEmpty else { return [] }
        return ["for (index, element) in \(property).enumerated() {"] + inner.map { "    " + $0 } + ["}"]
    }

    /// Strings are checked as they are; open enums by their raw value; numbers as numbers.
    private func valueExpression(_ property: String, field: Field) -> String {
        field.type == .string && !field.allowedValues.isEmpty ? "\(property).rawValue" : property
    }

    private mutating func ruleReference(_ constraint: Constraint, property: String) -> String {
        let name = ruleNames.allocate(
            SwiftIdentifier.lowerCamel(SwiftIdentifier.bare(property) + "-" + constraint.rule.kind))
        rules.append(
            ValidationViewModel.Rule(
                name: name,
                documentationLiteral: SwiftLiteral.wrappedString(
                    constraint.provenance.text, width: 80, indent: "                "),
                errorCodeLiteral: constraint.errorCode.code.map(SwiftLiteral.string) ?? "nil"))
        return "Rules.\(name)"
    }

    func viewModel(header: HeaderViewModel, access: String, isRequest: Bool) -> ValidationViewModel {
        ValidationViewModel(
            header: header, access: access, qualifiedName: qualifiedName, isRequest: isRequest,
            operationLiteral: SwiftLiteral.string(operation.name), checks: checks, hasChecks: !checks.isEmpty,
            rules: rules, hasRules: !rules.isEmpty)
    }
}

/// A `//` comment line that no input can break.
enum SwiftCommentLine {
    static func sanitised(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace || $0 == " " }.map(Character.init))
    }
}
