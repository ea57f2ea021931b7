import SpecIR

/// Reads the top-level `ramActions` list of newer api-docs files into authorization rows per API.
enum APIDocsAuthorizationReader {
    static func read(
        _ node: JSONNode?, context: inout APIDocsContext
    ) throws(DiagnosticError) -> [String: [Authorization]] {
        guard let node else { return [:] }
        var byAPI: [String: [Authorization]] = [:]
        for entry in try context.array(node, "ramActions") {
            guard let apiName = entry["apiName"]?.text, let ramAction = entry["ramAction"],
                let action = ramAction["action"]?.text
            else {
                context.warn("ramActions entry without apiName and ramAction.action; it is skipped", at: entry.position)
                continue
            }
            let resources = (ramAction["resources"]?.elements ?? []).compactMap { resource -> ResourceType? in
                guard let name = resource["resourceType"]?.text else { return nil }
                return ResourceType(
                    name: name,
                    required: resource["validationType"]?.text == "always",
                    arn: resource["arn"]?.text)
            }
            let conditions = (ramAction["actionConditions"]?.elements ?? []).compactMap(\.text)
            let associated = (ramAction["dependentActions"]?.elements ?? []).compactMap(\.text)
            byAPI[apiName, default: []].append(
                Authorization(
                    action: action,
                    accessLevel: entry["operationType"]?.text,
                    resourceTypes: resources,
                    conditionKeys: conditions,
                    associatedOperations: associated))
        }
        return byAPI
    }
}
