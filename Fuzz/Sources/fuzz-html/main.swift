import FuzzSupport
import SpecReaders

// Any bytes as a documentation page: reading may refuse them, never crash, hang or leak.
runFuzzer { data, size in
    _ = try? SpecReader.read(bytes: bytes(data, size), path: "fuzz.html")
    return 0
}
