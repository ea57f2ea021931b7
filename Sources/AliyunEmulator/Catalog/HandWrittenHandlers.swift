import AliyunServerSupport
import EmulatorHandlers

/// The hand-written handler sets a product's override file can name (`"handlers": ["ecs-images"]`), which serve
/// some of its operations instead of its spec, or the configuration can (``AliyunEmulatorConfiguration/handlerSets``):
///
/// - `ecs-images`: ECS's image store (``ImageStore``): `ModifyImageAttribute`, with every one of its 19 documented
///   errors reachable from some state, and `DescribeImages`; the images are the configuration's
///   ``AliyunEmulatorConfiguration/images``.
public enum HandWrittenHandlers {
    /// Each handler set's router over the image store, by name.
    private static let sets: [String: @Sendable (ImageStore) -> OperationRouter] = [
        "ecs-images": { ImageStoreHandler(store: $0).operationRouter }
    ]

    /// The names known.
    public static var names: [String] { sets.keys.sorted() }

    /// The routers of the handler sets named, each once: those the configuration names, then those the catalog's
    /// products name.
    ///
    /// - Parameters:
    ///   - names: The sets the configuration names (``AliyunEmulatorConfiguration/handlerSets``).
    ///   - catalog: The products, with their overrides.
    ///   - images: The image store `ecs-images` serves.
    /// - Returns: The routers, in that order.
    /// - Throws: ``CatalogError`` naming an unknown name and who named it (the configuration, or a product's file).
    public static func routers(naming names: [String] = [], for catalog: ProductCatalog, images: ImageStore)
        throws(CatalogError) -> [OperationRouter]
    {
        let named =
            names.map { (namer: "error: the configuration names", name: $0) }
            + catalog.products.flatMap { product in
                product.overrides.handlers.map { (namer: "\(product.path): error: the overrides name", name: $0) }
            }
        var routers: [OperationRouter] = []
        var mounted = Set<String>()
        for (namer, name) in named where mounted.insert(name).inserted {
            guard let router = sets[name] else {
                throw CatalogError("\(namer) the handlers \(name); known: " + Self.names.joined(separator: ", "))
            }
            routers.append(router(images))
        }
        return routers
    }
}
