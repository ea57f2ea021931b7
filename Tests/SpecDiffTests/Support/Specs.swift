import SpecDiff
import SpecIR

/// Small hand-built specs for the comparison tests.
enum Specs {
    static let here = SourceLocation(file: "test.json", line: 1)

    /// A service of these operations and shared types.
    static func service(_ operations: [OperationSpec], sharedTypes: [Field] = []) -> ServiceSpec {
        var service = ServiceSpec(product: "Ecs", version: "2014-05-26", style: .rpc, operations: operations)
        service.sharedTypes = sharedTypes
        return service
    }

    /// One operation with these parameters, response fields and error codes (each under status 400).
    static func operation(
        _ name: String = "RunInstances", parameters: [Field] = [], response: [Field] = [], errors: [String] = []
    ) -> OperationSpec {
        OperationSpec(
            name: name, parameters: parameters, response: Response(fields: response),
            errors: errors.map {
                DocumentedError(httpStatus: 400, code: $0, message: "", description: "", source: here)
            },
            source: here)
    }

    /// A field, its rules stated by its schema.
    static func field(
        _ name: String, _ type: FieldType = .string, required: Bool = false, placement: ParameterPlacement? = nil,
        values: [String] = [], rules: [ConstraintRule] = [], children: [Field] = [], item: Field? = nil,
        reference: String? = nil
    ) -> Field {
        let constraints = rules.map {
            Constraint(rule: $0, provenance: Provenance(origin: .schema, text: "", location: here))
        }
        var field = Field(
            name: name, type: type, placement: placement, required: required,
            allowedValues: values.map { AllowedValue(value: $0) }, constraints: constraints, children: children,
            item: item, source: here)
        field.reference = reference
        return field
    }

    /// A list of these elements.
    static func list(_ name: String, of element: Field, required: Bool = false, rules: [ConstraintRule] = []) -> Field {
        field(name, .array, required: required, rules: rules, item: element)
    }

    /// The changes of one operation changed from `old` to `new`.
    static func changes(_ old: OperationSpec, _ new: OperationSpec) -> [SpecChange] {
        SpecChangeReport.compare(old: service([old]), new: service([new])).changes
    }

    /// The changes of one operation whose parameters changed from `old` to `new`.
    static func changes(parameters old: [Field], _ new: [Field]) -> [SpecChange] {
        changes(operation(parameters: old), operation(parameters: new))
    }

    /// The changes of one operation whose response fields changed from `old` to `new`.
    static func changes(response old: [Field], _ new: [Field]) -> [SpecChange] {
        changes(operation(response: old), operation(response: new))
    }
}
