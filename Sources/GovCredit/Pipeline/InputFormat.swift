/// The file forms GovCredit reads (SPEC §6).
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    case jsonLines = "jsonl"
    case csv
    case xml
    case yaml

    /// The form a file name suggests: `.jsonl`/`.ndjson`/`.json`, `.csv`/`.tsv`/`.txt`, `.xml`, `.yaml`/`.yml`.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower == "-" || [".jsonl", ".ndjson", ".json"].contains(where: lower.hasSuffix) {
            self = .jsonLines
        } else if [".csv", ".tsv", ".txt"].contains(where: lower.hasSuffix) {
            self = .csv
        } else if lower.hasSuffix(".xml") {
            self = .xml
        } else if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            self = .yaml
        } else {
            return nil
        }
    }
}
