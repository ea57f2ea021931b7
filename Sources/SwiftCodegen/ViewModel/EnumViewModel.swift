/// An open enumeration of documented string values.
struct EnumViewModel: Sendable {
    struct Case: Sendable {
        var name: String
        var rawLiteral: String
        var docLines: [String]
    }

    var header: HeaderViewModel
    var access: String
    var qualifiedName: String
    var name: String
    var parent: String
    var docLines: [String]
    var cases: [Case]
    /// `[.a, .b]` on one line when it fits, else one case per line.
    var documentedCasesLiteral: String
    /// The case that carries other values: `undocumented`, or a variant if a value takes that name.
    var otherCase: String
}
