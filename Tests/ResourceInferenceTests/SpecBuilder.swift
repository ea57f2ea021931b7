import SpecIR

/// Small hand-built specs for the rule tests.
enum SpecBuilder {
    static let here = SourceLocation(file: "test", line: 1)

    /// A scalar field.
    static func scalar(_ name: String, _ type: FieldType = .string, in placement: ParameterPlacement? = nil) -> Field {
        Field(name: name, type: type, placement: placement, source: here)
    }

    /// An object field with members.
    static func object(_ name: String, _ children: [Field]) -> Field {
        Field(name: name, type: .object, children: children, source: here)
    }

    /// A list field of an item.
    static func list(_ name: String, of item: Field) -> Field {
        Field(name: name, type: .array, item: item, source: here)
    }

    /// A list of objects with members.
    static func list(_ name: String, members: [Field]) -> Field {
        list(name, of: object("", members))
    }

    /// An error row.
    static func error(_ code: String) -> DocumentedError {
        DocumentedError(httpStatus: 404, code: code, message: "", description: "", source: here)
    }

    /// An operation.
    static func operation(
        _ name: String, request: [Field] = [], response: [Field] = [], errors: [String] = [], example: String? = nil
    ) -> OperationSpec {
        OperationSpec(
            name: name, parameters: request, response: Response(fields: response, example: example),
            errors: errors.map(error), source: here)
    }

    /// A service of operations.
    static func service(_ operations: [OperationSpec], style: ServiceStyle = .rpc) -> ServiceSpec {
        ServiceSpec(product: "Test", version: "2024-01-01", style: style, operations: operations)
    }

    /// A VPC-like product: create, list, modify, delete of Vpc, and one operation of another verb.
    static var vpcLike: ServiceSpec {
        service([
            operation(
                "CreateVpc", request: [scalar("RegionId"), scalar("VpcName")],
                response: [scalar("RequestId"), scalar("VpcId"), scalar("VRouterId")]),
            operation(
                "DescribeVpcs",
                request: [
                    scalar("VpcId"), scalar("VpcName"), scalar("PageNumber", .integer), scalar("PageSize", .integer),
                ],
                response: [
                    scalar("TotalCount", .integer),
                    object("Vpcs", [list("Vpc", members: [scalar("VpcId"), scalar("VpcName")])]),
                ],
                errors: ["InvalidVpcId.NotFound"]),
            operation(
                "ModifyVpcAttribute", request: [scalar("VpcId"), scalar("VpcName")],
                errors: ["Forbidden.VpcNotFound", "InvalidVpcId.NotFound"]),
            operation("DeleteVpc", request: [scalar("VpcId")], errors: ["InvalidVpcId.NotFound"]),
            operation("StartVpcThing", request: [scalar("VpcId")], example: "{}"),
            operation("DescribeRegions", response: [scalar("RequestId")]),
        ])
    }
}
