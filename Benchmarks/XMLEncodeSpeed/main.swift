import Foundation

// The document of a CompleteMultipartUpload of N parts (N = 1,000, 10,000), encoded by XMLTreeEncoder, the median
// of five runs each.
struct Part: Encodable {
    var partNumber: Int
    var eTag: String

    enum CodingKeys: String, CodingKey {
        case partNumber = "PartNumber"
        case eTag = "ETag"
    }
}

struct Upload: Encodable {
    var part: [Part]

    enum CodingKeys: String, CodingKey { case part = "Part" }
}

for count in [1_000, 10_000] {
    let upload = Upload(part: (1...count).map { Part(partNumber: $0, eTag: "\"5B3C1A2E053D763E1B002CC607C5A0FE\"") })
    var times: [Double] = []
    var size = 0
    for _ in 0..<5 {
        let start = Date()
        size = try XMLTreeEncoder.document(upload, root: "CompleteMultipartUpload").count
        times.append(Date().timeIntervalSince(start))
    }
    let median = times.sorted()[2]
    print("\(count) parts: \(size) bytes in \(String(format: "%.1f", median * 1000)) ms")
}
