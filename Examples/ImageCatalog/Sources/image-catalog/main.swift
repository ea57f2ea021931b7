import AliyunRuntime
import Foundation
import ImageCatalog

// image-catalog regions
// image-catalog inventory REGION
// image-catalog rename REGION IMAGE-ID NEW-NAME
//
// Credentials come from the default chain (ALIBABA_CLOUD_ACCESS_KEY_ID and
// ALIBABA_CLOUD_ACCESS_KEY_SECRET, then the aliyun CLI's profile, …). IMAGE_CATALOG_ENDPOINT, when set,
// sends every call there instead of the region's endpoints (a local emulator, for instance).

let arguments = Array(CommandLine.arguments.dropFirst())
let endpoint = ProcessInfo.processInfo.environment["IMAGE_CATALOG_ENDPOINT"].flatMap { ServiceEndpoint($0) }

func configuration(region: String) -> RPCClientConfiguration {
    RPCClientConfiguration(region: region, endpoint: endpoint)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("image-catalog: \(message)\n".utf8))
    exit(2)
}

do {
    switch arguments.first {
    case "inventory" where arguments.count == 2:
        let region = arguments[1]
        let catalog = ImageCatalog(ecs: configuration(region: region), vpc: configuration(region: region))
        let inventory = try await catalog.inventory(region: region)
        for image in inventory.images {
            print("image \(image.imageId ?? "?") \(image.status?.rawValue ?? "?") \(image.imageName ?? "")")
        }
        for vpc in inventory.vpcs { print("vpc \(vpc.vpcId ?? "?") \(vpc.cidrBlock ?? "?") \(vpc.vpcName ?? "")") }
    case "regions" where arguments.count == 1:
        let catalog = ImageCatalog(ecs: configuration(region: "cn-hangzhou"), vpc: configuration(region: "cn-hangzhou"))
        for region in try await catalog.regions() { print(region) }
    case "rename" where arguments.count == 4:
        let region = arguments[1]
        let catalog = ImageCatalog(ecs: configuration(region: region), vpc: configuration(region: region))
        let requestId = try await catalog.rename(image: arguments[2], to: arguments[3], region: region)
        print("renamed \(arguments[2]) to \(arguments[3]) (request \(requestId))")
    default:
        fail("usage: image-catalog regions | inventory REGION | rename REGION IMAGE-ID NEW-NAME")
    }
} catch {
    fail("\(error)")
}
