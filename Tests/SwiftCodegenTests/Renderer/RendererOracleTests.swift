import Foundation
import Mustache
import SpecIR
import SpecReaders
import TemplateRendering
import Testing

@testable import SwiftCodegen

/// The generator's Mustache renderer writes exactly what swift-mustache, the reference it replaced, writes for
/// every file of real services (SDK, DocC catalog, command-line client, server side): every template, every view
/// model, before the trailing-space clean-up. swift-mustache reads the encoded view models as plain values.
@Suite("Renderer against swift-mustache")
struct RendererOracleTests {
    @Test(
        "every file of the SDK, catalog, command-line client and server side renders as swift-mustache renders it",
        arguments: [
            ("spec/ecs/2014-05-26/api-docs.json", "AliyunECS"),
            ("../shared/corpus/ecs-2014-05-26.api-docs.json", "AliyunECSComplete"),
            ("Tests/SwiftCodegenTests/Fixtures/adversarial.api-docs.json", "AdversarialSDK"),
            ("Tests/SwiftCodegenTests/Fixtures/roa.api-docs.json", "ROASDK"),
            ("Tests/SwiftCodegenTests/Fixtures/disagreements.api-docs.json", "StaleRulesSDK"),
        ])
    func sameBytes(spec: String, module: String) throws {
        let engine = try TemplateEngine(templates: TemplateSet.embedded.texts)
        var reference = MustacheLibrary()
        for (name, text) in TemplateSet.embedded.texts { try reference.register(text, named: name) }
        let files = try StrictRenderingTests.files(spec: spec, module: module)
        #expect(files.count >= 7)
        var templates: Set<String> = []
        for file in files {
            templates.insert(file.template)
            let ours = try engine.render(file.template, context: file.context)
            let view = try #require(try TemplateValue(encoding: file.context).plainValue)
            let theirs = try #require(reference.render(view, withTemplate: file.template))
            #expect(String(decoding: ours, as: UTF8.self) == theirs, "\(spec): \(file.path)")
        }
        #expect(templates.contains("file"))
    }
}
