import Foundation
import SwiftCodegen
import Testing

/// The generated server side: what its router is told about each operation.
@Suite("Server translation")
struct ServerTranslatorTests {
    @Test("the server side reads an RPC operation's header parameters from the headers")
    func serverHeaderParameter() throws {
        var config = Repository.adversarialConfig(output: "unused")
        config.serverOutput = "unused-server"
        let server = try #require(try GenerationRun(config: config).render().server)
        let handler = try #require(server.files.first { $0.contents.contains("router.handle(") })
        #expect(handler.contents.contains(#"headerParameters: ["x-acs-trace-mode"]"#), "\(handler.contents)")
        #expect(handler.contents.components(separatedBy: "headerParameters:").count == 2)
    }
}
