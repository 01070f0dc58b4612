import Foundation

extension String {
    /// Calls `body` with the string's UTF-8 bytes in place (native strings, small ones included, are contiguous
    /// UTF-8), without the retained copy that `withUTF8`, a mutating method, needs on a `let`: that copy's retain and
    /// release were most of what the byte scans of every field value cost (perf, 100,000 wide rows).
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }

    /// Whether both strings hold the same UTF-8 bytes, by `memcmp` (`==` compares canonical equivalence, which
    /// normalises non-ASCII text first; `utf8.elementsEqual` walks both views byte by byte).
    func hasSameUTF8(as other: String) -> Bool {
        other.withUTF8Bytes(hasUTF8)
    }

    /// Whether the string's UTF-8 bytes are exactly `bytes`, by `memcmp`.
    func hasUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count == bytes.count else { return false }
        return withUTF8Bytes { own in own.count == 0 || memcmp(own.baseAddress!, bytes.baseAddress!, own.count) == 0 }
    }
}

/// Tests on eight UTF-8 bytes at once (the hasless / haszero tricks of Sean Anderson's "Bit Twiddling Hacks"):
/// the scans of every value (escaping, control characters, lengths, CSV fields) look at each byte, and almost every
/// word of real text holds no byte they stop at. Exact as yes-or-no answers; ``matches(_:in:)`` and
/// ``bytes(below:in:)`` also give the first matching byte exactly (its lowest flag; later flags may be false), so the
/// lowest flag of several of them joined with `|` is the first byte any of them matches.
enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` (any alignment), the first in the lowest bits.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// The eight bytes at `offset` of `bytes`; `offset + 8` must not pass the end.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        load(bytes.baseAddress.unsafelyUnwrapped, at: offset)
    }

    /// The high bit of each byte of `word` that equals `byte`: exact up to the lowest match, so
    /// `trailingZeroBitCount >> 3` is the offset of the first.
    @inline(__always)
    static func matches(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits
    }

    /// The high bit of each byte of `word` below `limit` (at most 0x80): exact up to the lowest, as for
    /// ``matches(_:in:)`` (a borrow starts only at a byte that is below).
    @inline(__always)
    static func bytes(below limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highBits
    }

    /// Whether some byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        bytes(below: limit, in: word) != 0
    }

    /// Whether some byte of `word` equals `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        matches(byte, in: word) != 0
    }

    /// How many bytes of `word` equal `byte` (exact: no carry crosses a byte).
    @inline(__always)
    static func count(of byte: UInt8, in word: UInt64) -> Int {
        let difference = word ^ (ones &* UInt64(byte))
        let lowBits = ones &* 0x7F
        let nonzero = ((difference & lowBits) &+ lowBits) | difference
        return (~nonzero & highBits).nonzeroBitCount
    }

    /// How many of `bytes` equal `byte`, eight at a time.
    static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0
        var index = 0
        while index + 8 <= bytes.count {
            total += count(of: byte, in: load(bytes, at: index))
            index += 8
        }
        for value in bytes[index...] where value == byte { total += 1 }
        return total
    }

    /// How many bytes of `word` start a character (are not UTF-8 continuation bytes, `10xxxxxx`).
    @inline(__always)
    static func leadByteCount(in word: UInt64) -> Int {
        let continuations = word & ~(word << 1) & highBits
        return 8 - continuations.nonzeroBitCount
    }
}

/// Copies of strings that share no storage with the original (``Profile/unshared()``).
enum UnsharedString {
    /// `text` in storage of its own (a string of up to 15 UTF-8 bytes is stored inline and has none).
    static func copy(_ text: String) -> String {
        String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            _ = buffer.initialize(fromContentsOf: text.utf8)
            return text.utf8.count
        }
    }
}
