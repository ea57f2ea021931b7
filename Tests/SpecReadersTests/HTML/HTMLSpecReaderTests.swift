import SpecIR
import Testing

@testable import SpecReaders

@Suite("HTML reader")
struct HTMLSpecReaderTests {
    func read(_ html: String) throws(DiagnosticError) -> ReadResult {
        try SpecReader.read(bytes: Array(html.utf8), path: "page.html")
    }

    @Test("columns are mapped by header text, whatever their order")
    func columnOrder() throws {
        let html = HTMLPageBuilder.page(
            body: HTMLPageBuilder.requestTable(
                """
                <tr><td>cn-hangzhou</td><td>地域。</td><td>是</td><td>string</td><td>RegionId</td></tr>
                """,
                header: "<th>示例值</th><th>描述</th><th>必填</th><th>类型</th><th>名称</th>"))
        let parameter = try #require(try read(html).service.operations.first?.parameters.first)
        #expect(parameter.name == "RegionId")
        #expect(parameter.type == .string)
        #expect(parameter.required)
        #expect(parameter.description == "地域。")
        #expect(parameter.example == "cn-hangzhou")
    }

    @Test("nesting from data-level: objects, array items, named members under an array, badges")
    func nesting() throws {
        let html = HTMLPageBuilder.page(
            body: HTMLPageBuilder.requestTable(
                """
                <tr data-level="0"><td>Tag</td><td>array</td><td>否</td><td>标签。</td><td></td></tr>
                <tr data-level="1"><td></td><td>object</td><td>否</td><td>标签项。</td><td></td></tr>
                <tr data-level="2"><td>Key</td><td>string</td><td>否</td><td>键。</td><td>k</td></tr>
                <tr data-level="0"><td>Ids</td><td>array&lt;string&gt;</td><td>否</td><td></td><td></td></tr>
                <tr data-level="0"><td>Disk</td><td>array</td><td>否</td><td></td><td></td></tr>
                <tr data-level="1"><td>Size</td><td>integer</td><td>否</td><td></td><td></td></tr>
                <tr data-level="0"><td>Old <span class="badge deprecated">已废弃</span></td><td>long</td><td>否</td><td></td><td></td></tr>
                """))
        let parameters = try #require(try read(html).service.operations.first?.parameters)
        #expect(parameters.map(\.name) == ["Tag", "Ids", "Disk", "Old"])
        let tagItem = try #require(parameters[0].item?.value)
        #expect(tagItem.type == .object)
        #expect(tagItem.children.map(\.name) == ["Key"])
        #expect(parameters[0].style == .repeatList)
        #expect(parameters[1].item?.value.type == .string)
        #expect(parameters[2].item?.value.children.map(\.name) == ["Size"])
        #expect(parameters[3].deprecated)
        #expect(parameters[3].type == .long)
    }

    @Test(
        "bad nesting is an error at the row's line",
        arguments: [
            (
                "<tr data-level=\"0\"><td>A</td><td>string</td><td>否</td><td></td><td></td></tr>\n"
                    + "<tr data-level=\"1\"><td>B</td><td>string</td><td>否</td><td></td><td></td></tr>",
                "row \"B\" is nested under \"A\" of type string, which has no members"
            ),
            (
                "<tr data-level=\"0\"><td>A</td><td>object</td><td>否</td><td></td><td></td></tr>\n"
                    + "<tr data-level=\"2\"><td>B</td><td>string</td><td>否</td><td></td><td></td></tr>",
                "row \"B\" is at level 2 but follows a row at level 1"
            ),
            (
                "<tr data-level=\"-1\"><td>A</td><td>object</td><td>否</td><td></td><td></td></tr>",
                "data-level must not be negative"
            ),
        ])
    func badNesting(rows: String, message: String) throws {
        let html = HTMLPageBuilder.page(body: HTMLPageBuilder.requestTable(rows))
        do {
            _ = try read(html)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostic.message == message)
            #expect(error.diagnostic.location.line > 5)
        }
    }

    @Test("description cells: paragraphs, value lists, notes without their label, code")
    func descriptions() throws {
        let html = HTMLPageBuilder.page(
            body: HTMLPageBuilder.requestTable(
                """
                <tr><td>Mode</td><td>string</td><td>否</td><td><p>模式。取值范围：</p>
                <ul><li><p><code>A</code>：甲。</p></li><li><p>B：乙。</p><ul><li>细节。</li></ul></li></ul>
                <div class="note"><strong class="note-title">说明</strong><p>注意 <code>A</code> 的用法。</p></div>
                <div class="notice">重要 不要在生产用。</div>
                <p>默认值：A。</p></td><td>A</td></tr>
                """))
        let parameter = try #require(try read(html).service.operations.first?.parameters.first)
        #expect(
            parameter.description == """
                模式。取值范围：
                - `A`：甲。
                - B：乙。
                  - 细节。
                > 注意 `A` 的用法。
                > 不要在生产用。
                默认值：A。
                """)
        #expect(
            parameter.allowedValues == [
                AllowedValue(value: "A", description: "甲。"), AllowedValue(value: "B", description: "乙。"),
            ])
        #expect(parameter.defaultValue == "A")
    }

    @Test("sections are found by their English headings too, and unknown headings end a section")
    func headings() throws {
        let html = HTMLPageBuilder.page(
            body: """
                <h2>Overview</h2>
                <table><tr><th>Parameter</th><th>Type</th><th>Required</th></tr>
                <tr><td>Wrong</td><td>string</td><td>Yes</td></tr></table>
                <h2>Request parameters:</h2>
                <table><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Description</th></tr>
                <tr><td>Right</td><td>integer</td><td>Yes</td><td>Valid values: 1 to 10.</td></tr></table>
                <h2>Error codes</h2>
                <table><tr><th>Error code</th><th>HTTP status code</th><th>Error message</th></tr>
                <tr><td>Bad.Thing</td><td>4003</td><td>Bad.</td></tr></table>
                """)
        let result = try read(html)
        let operation = try #require(result.service.operations.first)
        #expect(operation.parameters.map(\.name) == ["Right"])
        #expect(operation.errors.first?.httpStatus == nil)
        #expect(operation.errors.first?.declaredStatus == "4003")
        #expect(result.diagnostics.contains { $0.message.contains("is not an HTTP status") })
    }

    @Test("without metadata the product comes from the RAM action, with warnings")
    func fallbacks() throws {
        let html = HTMLPageBuilder.page(
            heading: "Legacy", meta: "",
            body: """
                <h2>授权信息</h2>
                <table><tr><th>操作</th><th>访问级别</th><th>资源类型</th><th>条件关键字</th><th>关联操作</th></tr>
                <tr><td>vpc:DoThing</td><td>get</td><td>全部资源<p>*</p></td><td>vpc:Cond1, vpc:Cond2</td><td>无</td></tr></table>
                """ + HTMLPageBuilder.requestTable("<tr><td>A</td><td>string</td><td>否</td><td></td><td></td></tr>"))
        let result = try read(html)
        #expect(result.service.product == "Vpc")
        #expect(result.service.operations.first?.name == "Legacy")
        #expect(result.service.operations.first?.authorization.first?.conditionKeys == ["vpc:Cond1", "vpc:Cond2"])
        #expect(result.diagnostics.map(\.message).contains { $0.contains("acs-api-version") })
        #expect(result.diagnostics.map(\.message).contains { $0.contains("acs-http-methods") })
    }

    @Test("repeated and case-colliding rows are reported and resolved like api-docs")
    func names() throws {
        let html = HTMLPageBuilder.page(
            body: HTMLPageBuilder.requestTable(
                """
                <tr><td>A</td><td>string</td><td>否</td><td></td><td></td></tr>
                <tr><td>a</td><td>string</td><td>否</td><td></td><td></td></tr>
                <tr><td>A</td><td>string</td><td>否</td><td></td><td></td></tr>
                """))
        let result = try read(html)
        #expect(result.service.operations.first?.parameters.map(\.name) == ["A", "a"])
        #expect(result.diagnostics.count == 2)
    }
}
