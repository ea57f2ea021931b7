import FuzzSupport
import SpecReaders

// Any bytes as api-docs JSON: reading may refuse them, never crash, hang or leak.
runFuzzer { data, size in
    _ = try? SpecReader.read(bytes: bytes(data, size), path: "fuzz.json")
    return 0
}
