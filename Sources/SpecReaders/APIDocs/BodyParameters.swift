import SpecIR

/// Places `in: body` parameters as the official SDKs send them.
///
/// The rule: when an operation's only body parameter is named `body`, an object schema written in
/// place stands for the body itself, so its properties become the operation's parameters, each a
/// member of the JSON body object (placement `body`); any other schema of that parameter (a list,
/// a string, a shared type, an object without properties) is the whole body (placement `payload`).
/// Every other body parameter is a member of the body object under its own name. The members of an XML body
/// (`style: xml`, OSS) keep that style.
enum BodyParameters {
    static func arrange(_ parameters: [Field]) -> [Field] {
        let bodies = parameters.filter { $0.placement == .body }
        guard bodies.count == 1, let only = bodies.first, only.name == "body" else { return parameters }
        return parameters.flatMap { parameter -> [Field] in
            guard parameter.placement == .body else { return [parameter] }
            if parameter.type == .object, parameter.reference == nil, !parameter.children.isEmpty {
                return parameter.children.map { child in
                    var member = child
                    member.placement = .body
                    // An XML body's members are elements of its document, as the body is.
                    if parameter.style == .xml { member.style = .xml }
                    return member
                }
            }
            var whole = parameter
            whole.placement = .payload
            return [whole]
        }
    }
}
