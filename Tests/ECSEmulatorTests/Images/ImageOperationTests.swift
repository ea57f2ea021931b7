import AliyunECSImages
import AliyunRuntime
import ECSEmulator
import Foundation
import Testing

@Suite("The emulated image operations through the generated client")
struct ImageOperationTests {
    @Test("ModifyImageAttribute changes the image, answers with a RequestId, and DescribeImages shows it")
    func modifyThenDescribe() async throws {
        try await EmulatorHarness.with([.sample("m-1", name: "before")]) { harness in
            let client = harness.client()
            let response = try await client.modifyImageAttribute(
                ModifyImageAttributeRequest(
                    regionId: EmulatorHarness.region, imageId: "m-1", imageName: "after", imageFamily: "web",
                    bootMode: .uefi, description: "rebuilt nightly", features: .init(nvmeSupport: .supported)))
            #expect(response.requestId?.isEmpty == false)
            let page = try await client.describeImages(
                DescribeImagesRequest(regionId: EmulatorHarness.region, imageId: "m-1"))
            let image = try #require(page.images?.image?.first)
            #expect(image.imageName == "after")
            #expect(image.imageFamily == "web")
            #expect(image.bootMode == .uefi)
            #expect(image.description == "rebuilt nightly")
            #expect(image.features?.nvmeSupport == .supported)
            #expect(page.totalCount == 1)
            #expect(page.requestId?.isEmpty == false)
        }
    }

    @Test("a passing dry run is DryRunSucceeded and changes nothing")
    func dryRun() async throws {
        try await EmulatorHarness.with([.sample("m-1", name: "kept")]) { harness in
            await #expect(throws: DryRunSucceeded.self) {
                _ = try await harness.client().modifyImageAttribute(
                    ModifyImageAttributeRequest(
                        regionId: EmulatorHarness.region, imageId: "m-1", imageName: "changed", dryRun: true))
            }
            #expect(await harness.emulator.store.image("m-1", in: EmulatorHarness.region)?.imageName == "kept")
        }
    }

    @Test("deprecating and restoring an image walks the documented status transitions")
    func statusTransitions() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let client = harness.client()
            let region = EmulatorHarness.region
            _ = try await client.modifyImageAttribute(.init(regionId: region, imageId: "m-1", status: .deprecated))
            let deprecated = try await client.describeImages(.init(regionId: region, status: .deprecated))
            #expect(deprecated.images?.image?.map(\.imageId) == ["m-1"])
            let available = try await client.describeImages(.init(regionId: region))
            #expect(available.totalCount == 0, "DescribeImages lists Available images unless asked otherwise")
            _ = try await client.modifyImageAttribute(.init(regionId: region, imageId: "m-1", status: .available))
            #expect(await harness.emulator.store.image("m-1", in: region)?.status == "Available")
        }
    }

    @Test("DescribeImages filters by name and family and pages by PageNumber/PageSize with TotalCount")
    func describeFiltersAndPages() async throws {
        let images = (1...25).map { index in
            EmulatedImage.sample(String(format: "m-%02d", index), family: index.isMultiple(of: 5) ? "fives" : nil) {
                $0.creationTime = String(format: "2026-01-%02dT00:00:00Z", index)
            }
        }
        try await EmulatorHarness.with(images) { harness in
            let client = harness.client()
            let region = EmulatorHarness.region
            var seen: [String] = []
            var pageNumber = 1
            while true {
                let page = try await client.describeImages(
                    .init(regionId: region, pageNumber: pageNumber, pageSize: 10))
                #expect(page.totalCount == 25)
                #expect(page.pageNumber == pageNumber)
                let ids = page.images?.image?.compactMap(\.imageId) ?? []
                if ids.isEmpty { break }
                seen += ids
                pageNumber += 1
            }
            #expect(seen.count == 25)
            #expect(seen.first == "m-25", "newest first")
            #expect(Set(seen).count == 25)
            let fives = try await client.describeImages(.init(regionId: region, imageFamily: "fives"))
            #expect(fives.images?.image?.map(\.imageId) == ["m-25", "m-20", "m-15", "m-10", "m-05"])
            let named = try await client.describeImages(.init(regionId: region, imageName: "image-m-07"))
            #expect(named.images?.image?.map(\.imageId) == ["m-07"])
            let other = try await client.describeImages(.init(regionId: "cn-beijing"))
            #expect(other.totalCount == 0)
        }
    }

    @Test(
        "a page number whose offset overflows is InvalidParameter, not a crash; a page past the end is empty",
        arguments: [(Int.max, 10), (Int.max / 100 + 2, 100)])
    func pageNumberOverflow(pageNumber: Int, pageSize: Int) async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let client = harness.client()
            let error = await #expect(throws: DescribeImagesError.self) {
                _ = try await client.describeImages(
                    .init(regionId: EmulatorHarness.region, pageNumber: pageNumber, pageSize: pageSize))
            }
            #expect(error?.serviceError.code == "InvalidParameter")
            #expect(error?.serviceError.httpStatus == 400)
            let far = try await client.describeImages(.init(regionId: EmulatorHarness.region, pageNumber: 1_000_000))
            #expect(far.images?.image?.isEmpty ?? true)
            #expect(far.totalCount == 1)
        }
    }

    @Test("client-side validation stops a malformed call before anything is sent; the server says the same")
    func validationOnBothSides() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let request = ModifyImageAttributeRequest(
                regionId: EmulatorHarness.region, imageId: "m-1", imageName: "http://not-a-name")
            await #expect(throws: RequestValidationError.self) {
                _ = try await harness.client().modifyImageAttribute(request)
            }
            #expect(await harness.emulator.journal.all.isEmpty, "nothing reached the server")
            let error = await #expect(throws: ModifyImageAttributeError.self) {
                _ = try await harness.client(validation: ValidationPolicy(mode: .off)).modifyImageAttribute(request)
            }
            #expect(error?.code == .invalidImageNameMalformed)
            #expect(await harness.emulator.journal.all.map(\.code) == ["InvalidImageName.Malformed"])
        }
    }

    @Test("64 tasks change 64 images at once: no update is lost")
    func concurrentChanges() async throws {
        let images = (0..<64).map { EmulatedImage.sample("m-\($0)") }
        try await EmulatorHarness.with(images) { harness in
            let client = harness.client()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<64 {
                    group.addTask {
                        _ = try await client.modifyImageAttribute(
                            .init(regionId: EmulatorHarness.region, imageId: "m-\(index)", description: "task \(index)")
                        )
                    }
                }
                try await group.waitForAll()
            }
            let state = await harness.emulator.store.state
            #expect(state.images.allSatisfy { $0.description == "task \($0.imageId.dropFirst(2))" })
        }
    }

    @Test("32 tasks race for one name: exactly one wins, the others get InvalidImageName.Duplicated")
    func concurrentRaceForOneName() async throws {
        let images = (0..<32).map { EmulatedImage.sample("m-\($0)") }
        try await EmulatorHarness.with(images) { harness in
            let client = harness.client()
            let outcomes = await withTaskGroup(of: String.self) { group in
                for index in 0..<32 {
                    group.addTask {
                        do {
                            _ = try await client.modifyImageAttribute(
                                .init(regionId: EmulatorHarness.region, imageId: "m-\(index)", imageName: "the-name"))
                            return "ok"
                        } catch let error as ModifyImageAttributeError {
                            return error.code.rawValue
                        } catch {
                            return "\(error)"
                        }
                    }
                }
                return await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 == "ok" }.count == 1)
            #expect(outcomes.filter { $0 == "InvalidImageName.Duplicated" }.count == 31)
            let named = await harness.emulator.store.state.images.filter { $0.imageName == "the-name" }
            #expect(named.count == 1)
        }
    }
}
