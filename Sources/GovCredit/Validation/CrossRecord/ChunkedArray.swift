/// An append-only array kept in chunks of 65,536 elements: growing never copies what is there, so its peak memory
/// is its size. A Swift `Array` doubles its buffer, and while it copies the old and the new one live together:
/// the cross-record index of 3 million records (a million wide rows) peaked at about twice its size that way.
struct ChunkedArray<Element>: RandomAccessCollection {
    private static var chunkBits: Int { 16 }
    private static var chunkCapacity: Int { 1 << chunkBits }

    private var chunks: [[Element]] = []
    private(set) var count = 0

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    var indices: Range<Int> { 0..<count }

    subscript(position: Int) -> Element {
        chunks[position >> Self.chunkBits][position & (Self.chunkCapacity - 1)]
    }

    mutating func append(_ element: Element) {
        if count & (Self.chunkCapacity - 1) == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkCapacity)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    /// Bytes reserved for the elements.
    var footprint: Int { chunks.count * Self.chunkCapacity * MemoryLayout<Element>.stride }
}

extension ChunkedArray: Sendable where Element: Sendable {}
