import SpecIR
import Testing

@testable import SpecReaders

/// One page per generation of the documentation site, each headed the way that generation heads
/// its sections and columns (`docs/html-spec-format.md`, "Headings by page generation").
@Suite("HTML page generations")
struct PageGenerationTests {
    struct ErrorRow: Equatable, Sendable {
        var status: Int?
        var code: String
        var message: String
        var explanation: String

        init(_ status: Int?, _ code: String, _ message: String, _ explanation: String) {
            (self.status, self.code, self.message, self.explanation) = (status, code, message, explanation)
        }

        init(_ error: DocumentedError) {
            self.init(error.httpStatus, error.code, error.message, error.description)
        }
    }

    struct Generation: Sendable, CustomTestStringConvertible {
        var file: String
        var parameters: [String]
        var required: [String]
        var response: [String]
        var errors: [ErrorRow]
        var authorized: Bool = false

        var testDescription: String { file }
    }

    static let generations: [Generation] = [
        Generation(
            file: "2016.zh.html", parameters: ["RegionId", "ImageId", "ImageName"], required: ["RegionId", "ImageId"],
            response: ["RequestId"],
            errors: [
                ErrorRow(400, "InvalidImageName.Malformed", "The specified image name is wrongly formed.", "镜像名称不合法。"),
                ErrorRow(404, "InvalidImageId.NotFound", "The specified ImageId does not exist.", "镜像不存在。"),
            ]),
        Generation(
            file: "2016.en.html", parameters: ["RegionId", "ImageId", "ImageName"], required: ["RegionId", "ImageId"],
            response: ["RequestId"],
            errors: [
                ErrorRow(
                    400, "InvalidImageName.Malformed", "The specified image name is wrongly formed.",
                    "The image name is not valid."),
                ErrorRow(
                    404, "InvalidImageId.NotFound", "The specified ImageId does not exist.", "The image does not exist."
                ),
            ]),
        Generation(
            file: "2018.zh.html", parameters: ["RegionId", "ImageId", "Status"], required: ["RegionId", "ImageId"],
            response: ["RequestId"],
            errors: [
                ErrorRow(
                    400, "InvalidImageName.Duplicated", "The specified Image name has already been used.", "镜像名称已被使用。"),
                ErrorRow(404, "InvalidImageId.NotFound", "The specified ImageId does not exist.", "指定的镜像不存在。"),
            ]),
        Generation(
            file: "2018.en.html", parameters: ["RegionId", "ImageId", "Status"], required: ["RegionId", "ImageId"],
            response: ["RequestId"],
            errors: [
                ErrorRow(
                    400, "InvalidImageName.Duplicated", "The specified Image name has already been used.",
                    "The image name is already in use."),
                ErrorRow(
                    404, "InvalidImageId.NotFound", "The specified ImageId does not exist.",
                    "The specified image does not exist."),
            ]),
        Generation(
            file: "2019.zh.html", parameters: ["Action", "ImageId", "RegionId", "ImageFamily"],
            required: ["Action", "ImageId", "RegionId"], response: ["RequestId"],
            errors: [
                ErrorRow(400, "InvalidImageName.Malformed", "The specified Image name is wrongly formed.", "镜像名称格式错误。"),
                ErrorRow(404, "InvalidImageId.NotFound", "The specified ImageId does not exist.", "指定的镜像在该用户账号下不存在。"),
            ]),
        Generation(
            file: "2019.en.html", parameters: ["Action", "ImageId", "RegionId", "ImageFamily"],
            required: ["Action", "ImageId", "RegionId"], response: ["RequestId"],
            errors: [
                ErrorRow(
                    400, "InvalidImageName.Malformed", "The specified Image name is wrongly formed.",
                    "The specified image name is not valid."),
                ErrorRow(
                    404, "InvalidImageId.NotFound", "The specified ImageId does not exist.",
                    "The specified image does not exist within this account."),
            ]),
        Generation(
            file: "newest.en.html", parameters: ["RegionId", "ImageId", "BootMode"], required: ["RegionId", "ImageId"],
            response: ["RequestId"],
            errors: [
                ErrorRow(400, "InvalidBootMode.NotSupport", "The specified parameter BootMode is not supported.", ""),
                ErrorRow(
                    404, "InvalidImageId.NotFound", "The specified ImageId does not exist.",
                    "The specified image does not exist in this account."),
            ],
            authorized: true),
    ]

    @Test(
        "each generation's page reads without warnings, keeping the HTTP status of every error row",
        arguments: generations)
    func generation(_ generation: Generation) throws {
        let result = try SpecReader.read(path: Paths.fixture("pages/\(generation.file)"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let operation = try #require(result.service.operations.first)
        #expect(operation.name == "ModifyImageAttribute")
        #expect(operation.parameters.map(\.name) == generation.parameters)
        #expect(operation.parameters.filter(\.required).map(\.name) == generation.required)
        #expect(operation.parameters.allSatisfy { !$0.description.isEmpty })
        #expect(operation.response.fields.map(\.name) == generation.response)
        #expect(operation.errors.map(ErrorRow.init) == generation.errors)
        #expect(operation.errors.allSatisfy { $0.httpStatus != nil && $0.declaredStatus == nil })
        #expect(operation.authorization.map(\.action) == (generation.authorized ? ["ecs:ModifyImageAttribute"] : []))
    }

    /// The current generation's pages are the ones in `spec/`.
    @Test(
        "the current generation's pages in spec/ read without warnings, keeping every status",
        arguments: [Paths.zhPage, Paths.enPage])
    func currentGeneration(_ path: String) throws {
        let result = try SpecReader.read(path: path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let errors = try #require(result.service.operations.first?.errors)
        #expect(errors.count == 19)
        #expect(errors.allSatisfy { $0.httpStatus != nil && $0.declaredStatus == nil })
    }

    // MARK: - Header rows seen on other pages

    /// A request table headed as a real page heads it, one row, and what the row reads as.
    struct RequestVariant: Sendable, CustomTestStringConvertible {
        var header: String
        var row: String
        var example: String?
        var placement: String?
        var seenOn: String

        var testDescription: String { header }
    }

    static let requestVariants: [RequestVariant] = [
        RequestVariant(
            header: "Name|Type|Required?|Example value|Description", row: "ImageId|String|Yes|m-1|The image.",
            example: "m-1", seenOn: "AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/CreateImage.md"),
        RequestVariant(
            header: "Parameter|Type|Required or not?|Description", row: "ImageId|String|Yes|The image.",
            seenOn:
                "AlibabaCloudDocs/ecs intl.en-US/API Reference/Elastic network interfaces/UnassignPrivateIpAddresses.md"
        ),
        RequestVariant(
            header: "Name|Type|Must I choose?|Instance Value|Description", row: "ImageId|String|Yes|m-1|The image.",
            example: "m-1", seenOn: "AlibabaCloudDocs/cdn intl.en-US/API Reference/Dynamic Route for CDN Interface"),
        RequestVariant(
            header: "Parameters|Type|Required|Example values|Description", row: "ImageId|String|Yes|m-1|The image.",
            example: "m-1", seenOn: "AlibabaCloudDocs/cdn intl.en-US/API Reference/Configuration Interfaces"),
        RequestVariant(
            header: "Attribute name|Type|Required or not|Description", row: "ImageId|String|Yes|The image.",
            seenOn: "AlibabaCloudDocs/sls intl.en-US/API Reference/Consumer group interfaces/CreateConsumerGroup.md"),
        RequestVariant(
            header: "Parameter name|Type|Required|Description", row: "ImageId|String|Yes|The image.",
            seenOn: "AlibabaCloudDocs/sls intl.en-US/API Reference/Logstore related APIs"),
        RequestVariant(
            header: "参数名称|数据类型|是否必填|示例值|描述", row: "ImageId|String|是|m-1|The image.", example: "m-1",
            seenOn: "AlibabaCloudDocs/sls cn.zh-CN/开发指南/API 参考/日志库相关接口/CreateIndex.md"),
        RequestVariant(
            header: "参数名称|参数类型|是否必须|参数说明", row: "ImageId|String|是|The image.",
            seenOn: "AlibabaCloudDocs/sls intl.zh-CN/API 参考/日志库相关接口/GetCursorTime.md"),
        RequestVariant(
            header: "属性名称|类型|是否必须|描述", row: "ImageId|String|是|The image.",
            seenOn: "AlibabaCloudDocs/sls cn.zh-CN/API 参考/日志库相关接口/CreateLogstore.md"),
        RequestVariant(
            header: "参数|类型|必要|描述", row: "ImageId|String|是|The image.",
            seenOn: "AlibabaCloudDocs/cdn cn.zh-CN/API 参考/辅助工具接口/查询IP归属.md"),
        RequestVariant(
            header: "参数|类型|必须|描述", row: "ImageId|String|是|The image.",
            seenOn: "AlibabaCloudDocs/cdn cn.zh-CN/API 参考/日志信息接口"),
        RequestVariant(
            header: "名称|类型|必选|描述", row: "ImageId|String|是|The image.",
            seenOn: "AlibabaCloudDocs/sls cn.zh-CN/API 参考/日志库相关接口/GetHistograms.md"),
        RequestVariant(
            header: "参数名|类型|是否必需|说明", row: "ImageId|String|是|The image.",
            seenOn: "AlibabaCloudDocs/cdn intl.zh-CN/API参考/域名管理接口/查询域名配置.md"),
        RequestVariant(
            header: "名称|位置|类型|是否必须|描述", row: "ImageId|URI|String|是|The image.", placement: "path",
            seenOn: "AlibabaCloudDocs/ros cn.zh-CN/API参考（旧）/模板相关接口/查询模板信息.md"),
        RequestVariant(
            header: "Parameter|Position|Type|Required|Example|Description",
            row: "ImageId|Query|String|Yes|m-1|The image.",
            example: "m-1", placement: "query",
            seenOn: "AlibabaCloudDocs/ecs intl.en-US/API Reference/Instances/DeleteInstance.md (2020)"),
    ]

    static func cells(_ row: String, tag: String) -> String {
        row.split(separator: "|", omittingEmptySubsequences: false).map { "<\(tag)>\($0)</\(tag)>" }.joined()
    }

    @Test("request tables headed as other real pages head them are read without warnings", arguments: requestVariants)
    func requestVariant(_ variant: RequestVariant) throws {
        let html = HTMLPageBuilder.page(
            body: HTMLPageBuilder.requestTable(
                "<tr>\(Self.cells(variant.row, tag: "td"))</tr>", header: Self.cells(variant.header, tag: "th")))
        let result = try SpecReader.read(bytes: Array(html.utf8), path: "page.html")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let parameter = try #require(result.service.operations.first?.parameters.first)
        #expect(parameter.name == "ImageId")
        #expect(parameter.type == .string)
        #expect(parameter.required)
        #expect(parameter.description == "The image.")
        #expect(parameter.example == variant.example)
        #expect(parameter.placement == ParameterPlacement(rawValue: variant.placement ?? "query"))
    }

    /// An error table headed as a real page heads it, under the page's section heading.
    struct ErrorVariant: Sendable, CustomTestStringConvertible {
        var heading: String
        var header: String
        var row: String
        var expected: ErrorRow
        var seenOn: String

        var testDescription: String { "\(heading): \(header)" }
    }

    static let errorVariants: [ErrorVariant] = [
        ErrorVariant(
            heading: "错误码", header: "错误码|错误信息|HTTP 返回码|描述", row: "Bad.Thing|Bad thing.|400|坏事。",
            expected: ErrorRow(400, "Bad.Thing", "Bad thing.", "坏事。"),
            seenOn: "AlibabaCloudDocs/cdn cn.zh-CN/新版API参考/数据监控接口/DescribeDomainRealTimeByteHitRateData.md"),
        ErrorVariant(
            heading: "错误码", header: "HTTP状态码|错误码|错误消息|描述", row: "404|Bad.Thing|Bad thing.|坏事。",
            expected: ErrorRow(404, "Bad.Thing", "Bad thing.", "坏事。"),
            seenOn: "AlibabaCloudDocs/sls cn.zh-CN/开发指南/API 参考/日志库相关接口/GetHistograms.md"),
        ErrorVariant(
            heading: "错误码", header: "HTTP状态码|ErrorCode|ErrorMessage", row: "404|Bad.Thing|Bad thing.",
            expected: ErrorRow(404, "Bad.Thing", "Bad thing.", ""),
            seenOn: "AlibabaCloudDocs/sls cn.zh-CN/API 参考/日志库相关接口/CreateLogstore.md"),
        ErrorVariant(
            heading: "特殊错误码", header: "错误代码|描述|Http 状态码|语义", row: "Bad.Thing|Bad thing.|503|坏事。",
            expected: ErrorRow(503, "Bad.Thing", "Bad thing.", "坏事。"),
            seenOn: "AlibabaCloudDocs/cdn cn.zh-CN/API 参考/辅助工具接口/查询IP归属.md"),
        ErrorVariant(
            heading: "特殊错误码", header: "错误代码|错误信息|HTTP状态码|说明", row: "Bad.Thing|Bad thing.|400|坏事。",
            expected: ErrorRow(400, "Bad.Thing", "Bad thing.", "坏事。"),
            seenOn: "AlibabaCloudDocs/cdn cn.zh-CN/API 参考/配置操作接口/修改路径缓存策略.md"),
        ErrorVariant(
            heading: "Error codes", header: "Error code|Error information|HTTP status code|Description",
            row: "Bad.Thing|Bad thing.|400|A bad thing.",
            expected: ErrorRow(400, "Bad.Thing", "Bad thing.", "A bad thing."),
            seenOn: "AlibabaCloudDocs/ecs intl.en-US/API Reference/Networks/AttachClassicLinkVpc.md"),
        ErrorVariant(
            heading: "Error codes", header: "Error code|Error messages|HTTP status code|Description",
            row: "Bad.Thing|Bad thing.|400|A bad thing.",
            expected: ErrorRow(400, "Bad.Thing", "Bad thing.", "A bad thing."),
            seenOn: "AlibabaCloudDocs/ecs intl.en-US/API Reference/Instances/DescribeInstances.md"),
        ErrorVariant(
            heading: "Error codes", header: "Error code|Error message|HTTP status code|Note",
            row: "Bad.Thing|Bad thing.|400|A bad thing.",
            expected: ErrorRow(400, "Bad.Thing", "Bad thing.", "A bad thing."),
            seenOn: "AlibabaCloudDocs/ecs intl.en-US/API Reference/Instances/DescribeUserdata.md"),
        ErrorVariant(
            heading: "Errors", header: "HTTP status code|Error codes|Error message|Description",
            row: "400|Bad.Thing|Bad thing.|A bad thing.",
            expected: ErrorRow(400, "Bad.Thing", "Bad thing.", "A bad thing."),
            seenOn: "AlibabaCloudDocs/ecs intl.en-US/API Reference/Tags/ListTagResources.md"),
        ErrorVariant(
            heading: "Error codes", header: "HTTP status code|Error code|Message|Description",
            row: "400|Bad.Thing|Bad thing.|A bad thing.",
            expected: ErrorRow(400, "Bad.Thing", "Bad thing.", "A bad thing."),
            seenOn: "AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/CreateImage.md"),
        ErrorVariant(
            heading: "Error codes", header: "HTTP Status Code|ErrorCode|ErrorMessage", row: "400|Bad.Thing|Bad thing.",
            expected: ErrorRow(400, "Bad.Thing", "Bad thing.", ""),
            seenOn: "AlibabaCloudDocs/sls intl.en-US/API Reference/Logstore related APIs/CreateLogstore.md"),
    ]

    @Test("error tables headed as other real pages head them keep every status", arguments: errorVariants)
    func errorVariant(_ variant: ErrorVariant) throws {
        let html = HTMLPageBuilder.page(
            body: HTMLPageBuilder.requestTable("<tr><td>A</td><td>string</td><td>否</td><td></td><td></td></tr>")
                + """
                <h2>\(variant.heading)</h2>
                <table><thead><tr>\(Self.cells(variant.header, tag: "th"))</tr></thead>
                <tbody><tr>\(Self.cells(variant.row, tag: "td"))</tr></tbody></table>
                """)
        let result = try SpecReader.read(bytes: Array(html.utf8), path: "page.html")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.service.operations.first?.errors.map(ErrorRow.init) == [variant.expected])
    }

    // MARK: - Columns that are not read

    /// The line of the first line of `html` that contains `text`.
    static func line(of text: String, in html: String) -> Int? {
        html.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    static let requestRow = "<tr><td>A</td><td>string</td><td>否</td><td></td><td></td></tr>"

    @Test(
        "a column no table of its kind has used is reported once, at its header, and its cells are ignored",
        arguments: [
            (
                HTMLPageBuilder.requestTable(
                    requestRow + "\n" + requestRow.replacingOccurrences(of: ">A<", with: ">B<"),
                    header: "<th>名称</th><th>类型</th><th>必填</th><th>备注</th><th>示例值</th>"),
                "<th>备注</th>",
                "column \"备注\" of the request-parameter table is not recognised; its cells are ignored"
            ),
            (
                HTMLPageBuilder.requestTable(requestRow)
                    + """
                    <h2>返回参数</h2>
                    <table><tr><th>名称</th><th>类型</th><th>Foo</th></tr>
                    <tr><td>RequestId</td><td>string</td><td>x</td></tr></table>
                    """,
                "<th>Foo</th>",
                "column \"Foo\" of the response-parameter table is not recognised; its cells are ignored"
            ),
            (
                HTMLPageBuilder.requestTable(requestRow)
                    + """
                    <h2>错误码</h2>
                    <table><tr><th>HttpCode</th><th>错误码</th><th>错误信息</th><th>Foo</th></tr>
                    <tr><td>400</td><td>Bad.One</td><td>Bad.</td><td>x</td></tr>
                    <tr><td>404</td><td>Bad.Two</td><td>Gone.</td><td>y</td></tr></table>
                    """,
                "<th>Foo</th>",
                "column \"Foo\" of the error-code table is not recognised; its cells are ignored"
            ),
            (
                """
                <h2>授权信息</h2>
                <table><tr><th>操作</th><th>访问级别</th><th>Foo</th></tr>
                <tr><td>ecs:DoThing</td><td>get</td><td>x</td></tr></table>
                """ + HTMLPageBuilder.requestTable(requestRow),
                "<th>Foo</th>",
                "column \"Foo\" of the authorization table is not recognised; its cells are ignored"
            ),
            (
                HTMLPageBuilder.requestTable(
                    requestRow, header: "<th>名称</th><th>类型</th><th>必填</th><th></th><th>示例值</th>"),
                "<th></th>",
                "column 4 (no heading) of the request-parameter table is not recognised; its cells are ignored"
            ),
            (
                HTMLPageBuilder.requestTable(requestRow)
                    + """
                    <h2>错误码</h2>
                    <table><tr><th>HttpCode</th><th>错误码</th><th>错误代码</th><th>错误信息</th></tr>
                    <tr><td>400</td><td>Bad.One</td><td>Other</td><td>Bad.</td></tr></table>
                    """,
                "<th>错误代码</th>",
                "column \"错误代码\" of the error-code table repeats its errorCode column; its cells are ignored"
            ),
        ])
    func unknownColumn(body: String, header: String, message: String) throws {
        let html = HTMLPageBuilder.page(body: body)
        let result = try SpecReader.read(bytes: Array(html.utf8), path: "page.html")
        #expect(result.diagnostics.map(\.message) == [message])
        #expect(result.diagnostics.map(\.severity) == [.warning])
        let headerLine = try #require(Self.line(of: header, in: html))
        #expect(result.diagnostics.first?.location.line == headerLine)
        let operation = try #require(result.service.operations.first)
        #expect(operation.parameters.first?.name == "A")
        #expect(operation.errors.allSatisfy { $0.httpStatus != nil })
    }

    @Test("a position that is no placement is reported and left unset")
    func unknownPosition() throws {
        let html = HTMLPageBuilder.page(
            body: HTMLPageBuilder.requestTable(
                "<tr><td>A</td><td>Cookie</td><td>string</td><td>否</td><td></td></tr>",
                header: "<th>名称</th><th>位置</th><th>类型</th><th>是否必须</th><th>描述</th>"))
        let result = try SpecReader.read(bytes: Array(html.utf8), path: "page.html")
        #expect(
            result.diagnostics.map(\.message) == [
                "position \"Cookie\" of \"A\" is not query, path, body, header or formData; left unset"
            ])
        #expect(result.service.operations.first?.parameters.first?.placement == "query")
    }
}
