// CRC-64 throughput on one core (issue 31 asks for at least 1 GB/s): the runtime's CRC64.swift compiled with -O
// beside this file (see Benchmarks/crc64-speed.sh), over a 256 MiB buffer fed in 1 MiB pieces, five times.
import Foundation

let size = 256 << 20
var buffer = [UInt8](repeating: 0, count: size)
for index in 0..<size { buffer[index] = UInt8(truncatingIfNeeded: index &* 2_654_435_761 >> 7) }
var rates: [Double] = []
var last: UInt64 = 0
for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    var crc = CRC64()
    buffer.withUnsafeBytes { bytes in
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + (1 << 20), bytes.count)
            crc.update(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
            offset = end
        }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    rates.append(Double(size) / seconds / 1e9)
    last = crc.value
}
let combineStart = DispatchTime.now().uptimeNanoseconds
var combined: UInt64 = 0
for part in 0..<10_000 { combined = CRC64.combine(combined, UInt64(part), secondLength: 5 << 20) }
let combineMicroseconds = Double(DispatchTime.now().uptimeNanoseconds - combineStart) / 1e3 / 10_000
print(
    "CRC-64 over \(size >> 20) MiB: " + rates.map { String(format: "%.2f", $0) }.joined(separator: ", ")
        + " GB/s (median \(String(format: "%.2f", rates.sorted()[2])) GB/s); checksum \(last)")
print("combine of a 5 MiB part: \(String(format: "%.2f", combineMicroseconds)) µs (checksum \(combined))")
