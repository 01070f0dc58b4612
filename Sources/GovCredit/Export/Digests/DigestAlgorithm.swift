/// A digest algorithm for the integrity of package files (SPEC §8 "Integrity"). The raw value is the name the
/// manifest carries.
public enum DigestAlgorithm: String, CaseIterable, Sendable, Codable {
    /// SHA-256 (FIPS 180-4): every package file carries it (SPEC §7 manifest: "per-file … SHA-256").
    case sha256 = "SHA-256"
    /// SM3 密码杂凑算法 (GB/T 32905-2016): added for 国密 deployments (SPEC §8).
    case sm3 = "SM3"

    /// The length of the digest in bytes: both algorithms give 256 bits.
    public var byteCount: Int {
        switch self {
        case .sha256, .sm3: return 32
        }
    }

    /// The length of the digest as lower-case hexadecimal text, two characters per byte.
    public var hexLength: Int { byteCount * 2 }

    /// The name OpenSSL's `EVP_MD_fetch` knows the algorithm by.
    var openSSLName: String {
        switch self {
        case .sha256: return "SHA256"
        case .sm3: return "SM3"
        }
    }
}
