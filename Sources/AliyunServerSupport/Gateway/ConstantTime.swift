/// Comparisons of secrets whose time does not depend on where they differ, so a caller cannot find a
/// signature or a token byte by byte by timing the answers.
public enum ConstantTime {
    /// Whether the two texts have the same UTF-8 bytes; the time depends on their lengths only.
    public static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
