/// Builds small documentation pages for tests, following the page contract.
enum HTMLPageBuilder {
    static func page(
        heading: String = "DoThing - 做事",
        meta: String = """
        <meta name="acs-product" content="Ecs"><meta name="acs-api-version" content="2014-05-26">
        <meta name="acs-http-methods" content="POST">
        """,
        body: String
    ) -> String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8">\(meta)</head>
        <body>
        <h1>\(heading)</h1>
        \(body)
        </body></html>
        """
    }

    /// A 请求参数 table with the standard columns and the given rows.
    static func requestTable(
        _ rows: String, header: String = "<th>名称</th><th>类型</th><th>必填</th><th>描述</th><th>示例值</th>"
    )
        -> String
    {
        """
        <h2>请求参数</h2>
        <table><thead><tr>\(header)</tr></thead>
        <tbody>
        \(rows)
        </tbody></table>
        """
    }
}
