/// The file forms GovCredit reads (SPEC §6).
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// JSON Lines: one JSON object per line (`.jsonl`, `.ndjson`, `.json`; `-` for standard input).
    case jsonLines = "jsonl"
    /// Delimited text with a header row (`.csv`, `.tsv`, `.txt`); comma unless the profile or `.tsv` says otherwise.
    case csv
    /// An XML document, read as a stream (`.xml`).
    case xml
    /// A YAML document holding a list of records (`.yaml`, `.yml`).
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
