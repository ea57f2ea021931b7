import SpecIR

/// Reads Alibaba Cloud's api-docs JSON metadata into the IR.
///
/// Layout read: `info` {`product`, `version`, `style`}, `apis`.{Name}, `endpoints`[] {`regionId`,
/// `endpoint`}, and optionally `ramActions`[] {`apiName`, `ramAction` {`action`, `resources`[]}} and
/// `directories`[] (each operation's group, ``APIDocsDirectoryReader``).
/// Unknown keys are ignored: the format grows over time.
enum APIDocsReader {
    /// Reads the document with the `overlays` that correct it merged over it (those for another product or
    /// version are left out); a document whose style is not one of `styles` (when given) is read up to its
    /// `info` and endpoints, with no operations and no shared types.
    static func read(
        _ input: SpecInput, overlays: [SpecOverlay] = [], readingOperationsOf styles: Set<ServiceStyle>? = nil
    ) throws(DiagnosticError) -> ReadResult {
        var root: JSONNode
        do {
            root = try JSONParser.parse(input.bytes)
        } catch {
            throw DiagnosticError(
                "invalid JSON: \(error.message)",
                at: SourceLocation(file: input.path, line: error.position.line, column: error.position.column))
        }
        var context = APIDocsContext(input: input)
        _ = try context.object(root, "the api-docs document")
        if let info = root["info"], let product = info["product"]?.text, let version = info["version"]?.text {
            let applicable = overlays.filter { $0.applies(toProduct: product, version: version) }
            for (index, overlay) in applicable.enumerated() {
                root = SpecOverlayMerge.apply(overlay.patch(asFile: index + 1), to: root)
            }
            context.overlayPaths = applicable.map(\.path)
        }
        guard let apis = root["apis"] else {
            throw context.error("not an api-docs file: it has no \"apis\" object", at: root.position)
        }
        guard let info = root["info"] else {
            throw context.error("not an api-docs file: it has no \"info\" object", at: root.position)
        }
        let product = try context.requiredText(info, "product", "info.product")
        let authorizations = try APIDocsAuthorizationReader.read(root["ramActions"], context: &context)
        var service = ServiceSpec(
            product: product,
            version: try context.requiredText(info, "version", "info.version"),
            style: info["style"]?.text.map(ServiceStyle.init(rawValue:)) ?? .rpc,
            endpoints: try readEndpoints(root["endpoints"], context: &context)
        )
        service.styleSource = info["style"].map { context.location($0.position) }
        let gateway = ProductGateways.style(product: product, declared: service.style)
        service.style = gateway.style
        if let warning = gateway.warning { context.warn(warning, at: info["style"]?.position ?? info.position) }
        guard HTMLPage.isProductCode(product) else {
            throw context.error(
                "info.product \"\(product)\" is not a product code (letters, digits, _ and -)", at: info.position)
        }
        if let styles, !styles.contains(service.style) {
            return ReadResult(service: service, diagnostics: context.diagnostics, overlays: context.overlayPaths)
        }
        let entries = try context.object(apis, "apis")
        for api in entries where !HTMLPage.isOperationName(api.key) {
            throw context.error(
                "operation name \"\(api.key)\" is not an identifier (letters, digits and _)", at: api.position)
        }
        let components = try readComponents(root["components"], context: &context)
        service.sharedTypes = components
        // Operations are read on every core, each with a context of its own; operations, warnings and
        // the first error are taken in source order, so the result does not depend on scheduling.
        let base = APIDocsContext(
            input: context.input, overlayPaths: context.overlayPaths, componentNames: context.componentNames)
        let style = service.style
        let results = entries.concurrentMap { api -> Result<(OperationSpec, [Diagnostic]), DiagnosticError> in
            var operationReader = APIDocsOperationReader(context: base, product: product, style: style)
            return Result { () throws(DiagnosticError) in
                var operation = try operationReader.read(
                    name: api.key, node: api.value, position: api.position, authorization: authorizations[api.key])
                // A V3 or FC operation without a path is an RPC one, and its parameters take RPC's defaults.
                operation.parameters = RPCParameterDefaults.apply(
                    to: operation.parameters, style: style.isPerOperation && operation.path == nil ? .rpc : style)
                return (operation, operationReader.context.diagnostics)
            }
        }
        for result in results {
            let (operation, diagnostics) = try result.get()
            context.diagnostics += diagnostics
            service.operations.append(operation)
        }
        let groups = APIDocsDirectoryReader.read(
            root["directories"], operations: Set(entries.map(\.key)), context: &context)
        for index in service.operations.indices {
            service.operations[index].group = groups[service.operations[index].name] ?? []
        }
        return ReadResult(service: service, diagnostics: context.diagnostics, overlays: context.overlayPaths)
    }

    /// `components.schemas`: each named schema as a field named after its key.
    private static func readComponents(
        _ node: JSONNode?, context: inout APIDocsContext
    ) throws(DiagnosticError) -> [Field] {
        guard let schemas = node?["schemas"] else { return [] }
        let entries = try context.object(schemas, "components.schemas")
        context.componentNames = Set(entries.map(\.key))
        var fields: [Field] = []
        for entry in entries {
            var reader = APIDocsSchemaReader(context: context)
            fields.append(try reader.field(name: entry.key, schema: entry.value, position: entry.position, depth: 1))
            context = reader.context
        }
        return fields
    }

    private static func readEndpoints(
        _ node: JSONNode?, context: inout APIDocsContext
    ) throws(DiagnosticError) -> [Endpoint] {
        guard let node else { return [] }
        var endpoints: [Endpoint] = []
        for entry in try context.array(node, "endpoints") {
            guard let region = entry["regionId"]?.text, let host = entry["endpoint"]?.text else {
                context.warn("endpoint entry without \"regionId\" and \"endpoint\"; it is skipped", at: entry.position)
                continue
            }
            if endpoints.contains(where: { $0.regionId == region }) {
                context.warn("endpoint for region \"\(region)\" listed again; the first is kept", at: entry.position)
                continue
            }
            endpoints.append(Endpoint(regionId: region, host: host))
        }
        return endpoints
    }
}
