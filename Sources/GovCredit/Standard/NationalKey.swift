/// The national key of a record: `<province 2 digits>:<category>:<id>` (SPEC §1), unique across the country.
public enum NationalKey {
    /// The key of a record of `category` with `id`, submitted by a province whose division code starts with
    /// `province` (two digits).
    public static func make(province: String, category: RecordCategory, id: String) -> String {
        "\(province):\(category.rawValue):\(id)"
    }

    /// Whether `key` has the form `NN:category:id` with a known category and a well-formed id.
    public static func isWellFormed(_ key: String) -> Bool {
        let parts = key.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[0].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              RecordCategory(rawValue: String(parts[1])) != nil else { return false }
        return FieldChecker.isRecordID(String(parts[2]))
    }
}
