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
}
