import Foundation

extension SpecChangeReport {
    /// The report as JSON: pretty-printed, keys sorted, slashes unescaped, so the same report gives the same
    /// bytes. No trailing newline.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        } catch {
            // Strings, booleans and arrays of them always encode.
            preconditionFailure("a change report could not be encoded: \(error)")
        }
    }
}
