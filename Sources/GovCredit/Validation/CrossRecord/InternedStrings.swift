/// Strings kept once each and numbered in order of first appearance: record ids, USCCs and file names of a run.
///
/// The cross-record index holds every id of a submission, which may run to tens of millions of records. A
/// `[String: UInt32]` would cost a 16-byte `String` per key (plus a heap block for ids over 15 bytes) on top of its
/// buckets; here each string costs its UTF-8 bytes in one shared buffer, a 4-byte end offset and two 4-byte
/// buckets (load factor ≤ ½), and a number costs 4 bytes wherever it is used.
struct InternedStrings {
    /// Number of an interned string, `0..<count`.
    typealias Number = UInt32

    /// The UTF-8 bytes of every string, back to back.
    private var bytes: [UInt8] = []
    /// `ends[n]` is where string `n` ends in `bytes`; it starts where string `n - 1` ends.
    private var ends: [UInt32] = []
    /// Open addressing with linear probing: `0` is empty, otherwise the string's number + 1. Its count is a
    /// power of two.
    private var buckets: [UInt32] = Array(repeating: 0, count: 16)

    /// The number of distinct strings.
    var count: Int { ends.count }

    /// The number of `string`, interning it first when it is new.
    mutating func intern(_ string: String) -> Number {
        return string.withUTF8Bytes { utf8 in
            var bucket = Self.hash(utf8) & (buckets.count - 1)
            while buckets[bucket] != 0 {
                let number = Int(buckets[bucket] - 1)
                if equals(number, utf8) { return Number(number) }
                bucket = (bucket + 1) & (buckets.count - 1)
            }
            // A run with 2³² distinct ids would need far more memory than its summaries are meant to take; this
            // is a capacity of the index, not a limit any real submission reaches.
            precondition(ends.count < Int(UInt32.max) && bytes.count + utf8.count <= Int(UInt32.max),
                         "cross-record index full: more than 4 GiB of distinct ids")
            bytes.append(contentsOf: utf8)
            ends.append(UInt32(bytes.count))
            buckets[bucket] = UInt32(ends.count)
            if ends.count * 2 > buckets.count { grow() }
            return Number(ends.count - 1)
        }
    }

    /// The string numbered `number`.
    subscript(number: Number) -> String {
        let index = Int(number)
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return String(decoding: bytes[start..<Int(ends[index])], as: UTF8.self)
    }

    /// Bytes held, for the report on memory per record.
    var footprint: Int {
        bytes.capacity + ends.capacity * MemoryLayout<UInt32>.stride + buckets.capacity * MemoryLayout<UInt32>.stride
    }

    private func equals(_ number: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = number == 0 ? 0 : Int(ends[number - 1])
        let end = Int(ends[number])
        guard end - start == utf8.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for offset in 0..<utf8.count where stored[start + offset] != utf8[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        var larger = [UInt32](repeating: 0, count: buckets.count * 2)
        bytes.withUnsafeBufferPointer { stored in
            for number in ends.indices {
                let start = number == 0 ? 0 : Int(ends[number - 1])
                let slice = UnsafeBufferPointer(rebasing: stored[start..<Int(ends[number])])
                var bucket = Self.hash(slice) & (larger.count - 1)
                while larger[bucket] != 0 { bucket = (bucket + 1) & (larger.count - 1) }
                larger[bucket] = UInt32(number + 1)
            }
        }
        buckets = larger
    }

    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
        return hasher.finalize() & Int.max
    }
}
