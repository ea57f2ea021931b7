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

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "access": access
        case "client": client
        case "method": method
        case "waiterMethod": waiterMethod
        case "request": request
        case "response": response
        case "statusType": statusType
        case "statusProperty": statusProperty
        case "itemsPath": itemsPath
        case "docLines": docLines
        default: nil
        }
    }
}
