/// The content of a record, independent of its envelope: SHA-256 of its canonical JSON line without
/// `nationalKey` and `operation`. Incremental mode compares these to tell an unchanged record from an update.
enum ContentDigest {
    static func of(_ record: FlatRecord) -> [UInt8] {
        let line = bareLine(record)
        // SHA-256 is always present in OpenSSL's default provider; a failure here means a broken installation.
        guard var digest = try? MultiDigest([.sha256]) else { preconditionFailure("OpenSSL has no SHA-256") }
        digest.update(line)
        return Array((digest.finalize()[.sha256] ?? "").utf8)
    }

    /// The record's canonical JSON line without `nationalKey` and `operation`: what its content is.
    static func bareLine(_ record: FlatRecord) -> [UInt8] {
        var bare = record
        bare.envelope = nil
        var line: [UInt8] = []
        CanonicalJSONLine.append(bare, to: &line)
        return line
    }
}
