import TemplateRendering

/// What `client-waiter.mustache` needs: an operation, its answer's list and the list elements' status.
struct WaiterViewModel: TemplateContext {
    var access: String
    var client: String
    var method: String
    var waiterMethod: String
    var request: String
    var response: String
    var statusType: String
    var statusProperty: String
    var itemsPath: [String]
    var docLines: [String]
}
