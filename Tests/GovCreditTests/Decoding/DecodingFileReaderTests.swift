import Foundation
import Testing
@testable import GovCredit

/// The decoding stage (SPEC §1): byte-order mark, strict UTF-8, then GB18030; bad bytes located, never silent.
@Suite("Decoding files")
struct DecodingFileReaderTests {
    static let text = "编号,名称\n1,杭州市西湖区经济和信息化局\n2,𠀀𪚥 €\n"

    static func gb18030(_ text: String) throws -> [UInt8] { try GB18030.encode(text) }

    static func decodeAll(_ bytes: [UInt8], _ choice: EncodingChoice = .automatic) throws -> (String, TextEncoding?, [InvalidSequence]) {
        let path = try TestFiles.temporaryFile(named: "input.csv", contents: bytes)
        let reader = try DecodingFileReader(path: path, encoding: choice)
        var buffer: [UInt8] = []
        while try reader.read(appendingTo: &buffer) > 0 {}
        return (String(decoding: buffer, as: UTF8.self), reader.encoding, reader.takeInvalidSequences(before: .max))
    }

    @Test func utf8IsReadAsIs() throws {
        let (text, encoding, invalid) = try Self.decodeAll(Array(Self.text.utf8))
        #expect(text == Self.text && encoding == .utf8 && invalid.isEmpty)
    }

    @Test func aUTF8ByteOrderMarkIsDroppedAndDecides() throws {
        let (text, encoding, _) = try Self.decodeAll(TextDecoder.utf8ByteOrderMark + Array(Self.text.utf8))
        #expect(text == Self.text && encoding == .utf8)
    }

    @Test func gb18030IsDetectedIncludingFourByteCharacters() throws {
        let (text, encoding, invalid) = try Self.decodeAll(try Self.gb18030(Self.text))
        #expect(text == Self.text)
        #expect(encoding == .gb18030)
        #expect(invalid.isEmpty)
    }

    @Test func aLongASCIIPrefixDoesNotDecideTooEarly() throws {
        // More than one read chunk of ASCII, then GB18030 text.
        let prefix = String(repeating: "id,name,2023-08-05,12.50\n", count: 60_000)
        let (text, encoding, invalid) = try Self.decodeAll(try Self.gb18030(prefix + "3,征信𠀀\n"))
        #expect(text.hasSuffix("3,征信𠀀\n") && text.count == prefix.count + 6)
        #expect(encoding == .gb18030 && invalid.isEmpty)
    }

    @Test func multiByteCharactersAcrossChunkBoundariesSurvive() throws {
        for utf8 in [true, false] {
            var line = String(repeating: "征信记录𠀀", count: 7)
            line += "\n"
            let text = String(repeating: line, count: 40_000)  // several MiB: many chunk boundaries
            let bytes = utf8 ? Array(text.utf8) : try Self.gb18030(text)
            let (decoded, _, invalid) = try Self.decodeAll(bytes)
            #expect(decoded == text, "utf8: \(utf8)")
            #expect(invalid.isEmpty)
        }
    }

    @Test func bytesThatAreNeitherAreMarkedWithTheirLine() throws {
        // Valid UTF-8 lines, then a line with 0xFF (not UTF-8; not a GB18030 lead byte either).
        let bytes = Array("名称\n甲\n".utf8) + [0x41, 0xFF, 0x42, 0x0A] + Array("乙\n".utf8)
        let (text, encoding, invalid) = try Self.decodeAll(bytes)
        #expect(encoding == .utf8)
        #expect(invalid.count == 1)
        #expect(invalid.first?.line == 3)
        #expect(invalid.first?.fileOffset == Array("名称\n甲\n".utf8).count + 1)
        #expect(text.contains("A\u{FFFD}B"))
    }

    @Test func aDeclaredEncodingIsNotSecondGuessed() throws {
        let bytes = try Self.gb18030("名称\n")
        let (_, encoding, invalid) = try Self.decodeAll(bytes, .utf8)
        #expect(encoding == .utf8)
        #expect(!invalid.isEmpty)
    }

    /// The shortcuts of the UTF-8 scan (eight ASCII bytes at a time, three-byte sequences checked in line) end the
    /// valid prefix exactly where the byte-by-byte definition does: on random mixes of ASCII, every length of valid
    /// sequence, and the ill-formed ones (overlong, surrogate, above U+10FFFF, lone continuation, cut off).
    @Test func theValidPrefixEndsWhereTheByteByByteScanEndsIt() {
        let pieces: [[UInt8]] = [Array("abcdefgh".utf8), Array("a".utf8), Array("中".utf8), Array("é".utf8), Array("𠀀".utf8),
                                 Array("，".utf8), Array("\u{E000}".utf8), Array("\u{FFFD}".utf8), Array("\u{800}".utf8),
                                 [0x80], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                 [0xE4, 0xB8], [0xE4, 0x41, 0x41], [0xEF, 0xBF], [0xFF], [0xE1, 0x80, 0xC0]]
        func reference(_ bytes: [UInt8], from start: Int) -> Int {
            var index = start
            while index < bytes.count {
                if bytes[index] < 0x80 { index += 1; continue }
                let length = DecodingFileReader.sequenceLength(bytes, at: index)
                guard length > 0 else { return index }
                index += length
            }
            return index
        }
        var generator = SplitMix64(seed: 0xDEC0_DE55)
        for _ in 0..<3_000 {
            let bytes = (0..<Int.random(in: 0..<16, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator) ?? [] }
            for start in 0...bytes.count {
                let end = bytes.withUnsafeBufferPointer { DecodingFileReader.validPrefixEnd($0, from: start) }
                #expect(end == reference(bytes, from: start), "\(bytes) from \(start)")
            }
        }
    }
}
