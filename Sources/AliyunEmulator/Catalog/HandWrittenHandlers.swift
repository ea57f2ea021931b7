import AliyunServerSupport
import EmulatorHandlers

/// The hand-written handler sets a product's override file can name (`"handlers": ["ecs-images"]`), which serve
/// some of its operations instead of its spec:
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

    /// The routers of every handler set the catalog's products name.
    ///
    /// - Parameters:
    ///   - catalog: The products, with their overrides.
    ///   - images: The image store `ecs-images` serves.
    /// - Returns: The routers, in the catalog's order.
    /// - Throws: ``CatalogError`` naming the product and an unknown name.
    public static func routers(for catalog: ProductCatalog, images: ImageStore) throws(CatalogError)
        -> [OperationRouter]
    {
        var routers: [OperationRouter] = []
        for product in catalog.products {
            for name in product.overrides.handlers {
                guard let router = sets[name] else {
                    throw CatalogError(
                        "\(product.path): error: the overrides name the handlers \(name); known: "
                            + names.joined(separator: ", "))
                }
                routers.append(router(images))
            }
        }
        return routers
    }
}
