import AliyunServerSupport
import ECSEmulator

/// The hand-written handler sets a product's override file can name (`"handlers": ["ecs-images"]`), which serve
/// some of its operations instead of its spec:
///
/// - `ecs-images`: ECS's image store (``ImageStore``): `ModifyImageAttribute`, with every one of its 19 documented
///   errors reachable from some state, and `DescribeImages`; the images are the configuration's
///   ``AliyunEmulatorConfiguration/images``.
public enum HandWrittenHandlers {
    /// The names known.
    public static let names = ["ecs-images"]

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
                switch name {
                case "ecs-images": routers.append(ImageStoreHandler(store: images).operationRouter)
                default:
                    throw CatalogError(
                        "\(product.path): error: the overrides name the handlers \(name); known: "
                            + names.joined(separator: ", "))
                }
            }
        }
        return routers
    }
}
