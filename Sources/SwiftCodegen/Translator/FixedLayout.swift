// This file is compiled into two places: the generator (SwiftCodegen) and, through a symbolic link, the
// build-tool plugin (Plugins/AliyunCodegenPlugin), which must declare every output file before the
// generator runs. Keep it free of imports and of anything but the fixed layout's file names.

/// The files of the `fixed` layout: the same names for every spec, so a build system knows them in
/// advance. The client and its catalogue go in `Client.swift`; each operation goes in one of
/// `shardCount` files chosen by a hash of its name, so adding an operation rewrites one shard only.
enum FixedLayout {
    /// How many operation files there are.
    static let shardCount = 8

    /// The file holding the client and its operations catalogue.
    static let clientFileName = "Client.swift"

    /// The file of shard `index` (0-based): `Operations1.swift` … `Operations8.swift`.
    static func shardFileName(_ index: Int) -> String {
        "Operations\(index + 1).swift"
    }

    /// Every file, in path order.
    static var fileNames: [String] {
        ([clientFileName] + (0..<shardCount).map(shardFileName)).sorted()
    }

    /// The shard an operation belongs to: the 64-bit FNV-1a hash of its name's UTF-8 bytes, modulo the
    /// count; the same on every machine and run.
    static func shard(ofOperation name: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(shardCount))
    }
}
