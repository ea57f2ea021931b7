import SpecIR

/// Translates an operation's ``StatusWaiter`` for `client-waiter.mustache`.
enum WaiterTranslator {
    static func viewModel(_ operation: ResolvedOperation, client: String, access: String) -> WaiterViewModel? {
        guard let waiter = operation.statusWaiter else { return nil }
        let list = waiter.items.wirePath.joined(separator: ".")
        let text =
            "Calls `\(operation.spec.name)` until its answer lists at least one `\(list)` and every one has "
            + "`\(waiter.status.field.name)` `status`, waiting between calls as `waiter` says (jittered, growing "
            + "delays; an overall timeout).\n\n- Throws: `WaiterTimeoutError` with the last statuses seen when the "
            + "timeout passes first; the operation's errors as a single call throws them; `CancellationError` when "
            + "the task is cancelled."
        return WaiterViewModel(
            access: access, client: client, method: operation.methodName,
            waiterMethod: "waitUntil" + SwiftIdentifier.bare(SwiftIdentifier.upperCamel(operation.spec.name)),
            request: operation.request.name.qualified, response: operation.response.name.qualified,
            statusType: waiter.status.type.qualifiedSpelling, statusProperty: waiter.status.property,
            itemsPath: waiter.items.path, docLines: FieldDocumentation.comment(text, indent: 4))
    }
}
