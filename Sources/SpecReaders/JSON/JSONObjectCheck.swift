/// Whether a text is a JSON object, for keeping only examples a server can answer with.
enum JSONObjectCheck {
    static func isObject(_ text: String) -> Bool {
        (try? JSONParser.parse(Array(text.utf8)))?.members != nil
    }
}
