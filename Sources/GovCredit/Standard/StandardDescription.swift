/// The standard this library implements; every output names both (SPEC §1).
public enum StandardInfo {
    /// `{"id":"gov-integrity","version":"1.0"}`.
    public static var jsonText: String {
        JSONText.object([("id", JSONText.quoted(id)), ("version", JSONText.quoted(version))])
    }
}
