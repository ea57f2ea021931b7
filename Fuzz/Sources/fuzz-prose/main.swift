import FuzzSupport
import SpecReaders

// Any text as the description of a string, an integer and a list parameter of an api-docs operation, so
// that Markdown, allowed values, defaults and the prose-rule catalogue all read it.
runFuzzer { data, size in
    _ = try? SpecReader.read(bytes: ProseDocument.wrapping(bytes(data, size)), path: "fuzz.json")
    return 0
}
