import SpecDiff

extension SpecChange {
    /// `kind subject breaking|compatible`: what a test asserts of a change, without its wording.
    var brief: String {
        "\(kind.rawValue) \(subject ?? "-") \(isBreaking ? "breaking" : "compatible")"
    }
}
