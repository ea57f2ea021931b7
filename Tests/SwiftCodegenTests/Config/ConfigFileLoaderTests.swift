import SwiftCodegen
import Testing

@Suite("Config file")
struct ConfigFileLoaderTests {
    @Test("every key is read")
    func keys() throws {
        let config = try ConfigFileLoader.load(
            text: """
                specs:
                  - a.json
                  - b.html
                output: Out
                module: M
                operations: [X, Y]
                accessModifier: package
                validation: false
                client: MyClient
                templates: T
                """, path: "/base/aliyun-codegen.yaml")
        #expect(config.specs == ["a.json", "b.html"])
        #expect(config.output == "Out")
        #expect(config.module == "M")
        #expect(config.operations == ["X", "Y"])
        #expect(config.accessModifier == "package")
        #expect(config.validation == .off)
        #expect(config.client == "MyClient")
        #expect(config.templates == "T")
        #expect(config.baseDirectory == "/base")
    }

    @Test("validation takes a mode by name, or a YAML boolean as before modes existed")
    func validationModes() throws {
        for (text, mode) in [
            ("warn", DefaultValidationMode.warn), ("enforce", .enforce), ("off", .off), ("yes", .enforceStable),
            ("false", .off), ("enforceStable", .enforceStable),
        ] {
            let config = try ConfigFileLoader.load(
                text: "specs: [a.json]\nvalidation: \(text)\n", path: "/base/aliyun-codegen.yaml")
            #expect(config.validation == mode, "\(text)")
        }
    }

    @Test(
        "bad files are errors at the line",
        arguments: [
            ("specs: [a.json]\nmodule: M\nmodul: typo\n", "unknown key \"modul\"", 3),
            ("accessModifier: open\n", "accessModifier must be one of public, package, internal, not \"open\"", 1),
            ("validation: maybe\n", "validation must be one of enforce, enforceStable, warn, off (or true, false)", 1),
            ("output:\n  - a\n  - b\n", "\"output\" must be a single value", 2),
            ("- a\n- b\n", "the configuration must be a mapping of keys to values", 1),
            ("specs: [a.json\n", "invalid YAML", nil),
        ])
    func errors(text: String, message: String, line: Int?) {
        do {
            _ = try ConfigFileLoader.load(text: text, path: "c.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix(message))
            #expect(error.file == "c.yaml")
            if let line { #expect(error.line == line) }
        }
    }

    @Test("a file of several YAML documents describes several modules, each with its own lines")
    func severalModules() throws {
        let text = """
            specs: [a.json]
            module: A
            ---
            specs: [b.json]
            module: B
            documentationCatalog: false
            """
        let configs = try ConfigFileLoader.loadAll(text: text, path: "dir/c.yaml")
        #expect(configs.map(\.module) == ["A", "B"])
        #expect(configs.map(\.documentationCatalog) == [true, false])
        #expect(configs.map(\.firstLine) == [1, 4])
        #expect(configs[1].lines[.documentationCatalog] == 6)
        #expect(configs.allSatisfy { $0.baseDirectory == configs[0].baseDirectory && $0.file == "dir/c.yaml" })
        do {
            _ = try ConfigFileLoader.load(text: text, path: "c.yaml")
            Issue.record("a file of two modules was read as one")
        } catch {
            #expect(error.message.hasPrefix("the file describes 2 modules"))
            #expect(error.line == 4)
        }
        do {
            _ = try ConfigFileLoader.loadAll(text: text + "\n---\nmodule: C\nwat: 1\n", path: "c.yaml")
            Issue.record("an unknown key in the third document was accepted")
        } catch {
            #expect(error.message.hasPrefix("unknown key \"wat\""))
            #expect(error.line == 9)
        }
    }

    @Test("the checked-in config generates the ECS module from the api-docs spec")
    func checkedIn() throws {
        let config = try Repository.checkedInConfig()
        #expect(
            config.specs == ["spec/ecs/2014-05-26/api-docs.json", "spec/ecs/2014-05-26/DescribeImages.api-docs.json"])
        #expect(config.operations == ["ModifyImageAttribute", "DescribeImages"])
        #expect(config.output == "Generated/ECS")
        #expect(config.module == "AliyunECSImages")
    }
}
