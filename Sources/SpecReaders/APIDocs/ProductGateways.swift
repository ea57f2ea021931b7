import SpecIR

/// Products whose official SDK calls them through a gateway of their own, whatever style their metadata names: the
/// one table of them. Log Service's 2025 metadata says `ROA`, but its gateway verifies Log Service's own signature
/// with the project in the host (the official SDK, alibabacloud-sls20201230, calls through
/// `alibabacloud_gateway_sls`), so a ROA client of it could not call: the spec is read as `SLS`, with a warning.
enum ProductGateways {
    /// The style that product codes (compared in lower case) are called with.
    static let styles: [String: ServiceStyle] = ["sls": .sls]

    /// The style to read `product`'s spec as, and a warning when it is not the one the spec names.
    static func style(product: String, declared: ServiceStyle) -> (style: ServiceStyle, warning: String?) {
        guard let style = styles[product.lowercased()], style != declared else { return (declared, nil) }
        return (
            style,
            "info.style says \(declared), but \(product)'s gateway verifies its own signature (its official SDK calls "
                + "through a gateway of its own): read as \(style), which can call it"
        )
    }
}
