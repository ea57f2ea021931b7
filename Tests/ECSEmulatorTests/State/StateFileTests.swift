import AliyunECSImages
import AliyunServerSupport
import ECSEmulator
import EmulatorSupport
import Foundation
import Testing

@Suite("State files: seeded from JSON, written back atomically, refused clearly when wrong")
struct StateFileTests {
    static func temporaryFile(_ contents: String? = nil) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ecs-emulator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("state.json").path
        if let contents { try Data(contents.utf8).write(to: URL(fileURLWithPath: path)) }
        return path
    }

    @Test("a short seed reads with every default filled in")
    func seed() throws {
        let path = try Self.temporaryFile(#"{"images": [{"imageId": "m-1", "regionId": "cn-hangzhou"}]}"#)
        let state = try StateFile(path: path).read()
        #expect(state.images == [EmulatedImage(imageId: "m-1", regionId: "cn-hangzhou")])
        #expect(state.account == EmulatorAccount())
    }

    @Test(
        "a bad state file is an error naming the file and what is wrong",
        arguments: [
            ("{", "is not valid JSON"),
            (#"{"images": [{"regionId": "r"}]}"#, "images[0].imageId is required"),
            (#"{"images": [{"imageId": "m", "regionId": "r", "size": "big"}]}"#, "images[0].size must be an integer"),
            (#"{"images": [{"imageId": "m", "regionId": "r", "status": "Gone"}]}"#, "status \"Gone\" is not one of"),
            (
                #"{"images": [{"imageId": "m", "regionId": "r"}, {"imageId": "m", "regionId": "r"}]}"#,
                "the ID is used twice in r"
            ),
            (#"{"account": {}}"#, "images is required"),
        ])
    func badFile(_ contents: String, _ message: String) throws {
        let path = try Self.temporaryFile(contents)
        let error = #expect(throws: StateFileError.self) { try StateFile(path: path).read() }
        #expect(error?.description.hasPrefix("\(path): error: ") == true)
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
    }

    @Test("a missing file is an error, not an empty state")
    func missingFile() throws {
        let path = try Self.temporaryFile()
        let error = #expect(throws: StateFileError.self) { try StateFile(path: path).read() }
        #expect(error?.message.hasPrefix("cannot be read") == true)
    }

    @Test("with persistence, every change is in the file when the call is answered, and the file reads back")
    func persisted() async throws {
        let path = try Self.temporaryFile()
        let file = StateFile(path: path)
        try await EmulatorHarness.with([.sample("m-1")], persistTo: file) { harness in
            _ = try await harness.client().modifyImageAttribute(
                .init(regionId: EmulatorHarness.region, imageId: "m-1", imageName: "persisted"))
            #expect(try file.read().images.first?.imageName == "persisted")
            #expect(try file.read() == (await harness.emulator.store.state))
        }
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: (path as NSString).deletingLastPathComponent)
        #expect(leftovers == ["state.json"], "no temporary file is left behind")
    }

    @Test("a state that cannot be written fails the call with InternalError and keeps the old image")
    func unwritable() async throws {
        let file = StateFile(path: "/nonexistent-directory/state.json")
        try await EmulatorHarness.with([.sample("m-1", name: "kept")], persistTo: file) { harness in
            let error = await #expect(throws: ModifyImageAttributeError.self) {
                _ = try await harness.client().modifyImageAttribute(
                    .init(regionId: EmulatorHarness.region, imageId: "m-1", imageName: "lost"))
            }
            #expect(error?.code.rawValue == "InternalError")
            #expect(await harness.emulator.store.image("m-1", in: EmulatorHarness.region)?.imageName == "kept")
        }
    }

    @Test("a persist keeps the state file's permissions; a new state file is the owner's alone, whatever the umask")
    func permissionsKept() throws {
        let path = try Self.temporaryFile(#"{"images": []}"#)
        let file = StateFile(path: path)
        #expect(chmod(path, 0o600) == 0)
        try file.write(EmulatorState())
        #expect(try Self.mode(path) == 0o600)
        #expect(chmod(path, 0o640) == 0)
        try file.write(EmulatorState())
        #expect(try Self.mode(path) == 0o640)
        let fresh = try Self.temporaryFile()
        let previous = umask(0o022)
        defer { umask(previous) }
        try StateFile(path: fresh).write(EmulatorState())
        #expect(try Self.mode(fresh) == 0o600)
    }

    @Test("a replaced state that cannot be persisted leaves the store as it was, as the file is")
    func replaceRollsBack() async throws {
        let store = ImageStore(EmulatorState(images: [.sample("m-1", name: "kept")])) { _ in
            throw CocoaError(.fileWriteOutOfSpace)
        }
        let error = await #expect(throws: ServedError.self) {
            try await store.replace(with: EmulatorState(images: [.sample("m-2")]))
        }
        #expect(error?.code == "InternalError")
        #expect(await store.state.images.map(\.imageId) == ["m-1"])
    }

    static func mode(_ path: String) throws -> mode_t {
        var status = stat()
        guard stat(path, &status) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return status.st_mode & 0o777
    }
}
