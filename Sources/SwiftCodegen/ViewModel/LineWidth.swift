/// The widest line generated code may have: the repository's `.swift-format` `lineLength`, which the generated
/// code is linted against. Every layout decision that measures a line compares with this one number.
enum LineWidth {
    /// Columns.
    static let columns = 120

    /// Whether `used` columns fit on a line.
    static func fits(_ used: Int) -> Bool { used <= columns }
}
