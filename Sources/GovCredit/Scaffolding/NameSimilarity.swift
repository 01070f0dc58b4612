import Foundation

/// How alike two names are, for matching a province's column names to the standard's (`profile init`).
///
/// Names are compared after ``normalized(_:)``: NFKC (full-width → half-width), lower case, without white space,
/// separators and punctuation (`/` `.` `_` `-` `@` `，` `“”` …), the particle `的` (`失信主体的名称` → `失信主体名称`),
/// brackets and what they hold (`涉及金额（万元）` → `涉及金额`) and a trailing unit (`欠款金额万元` → `欠款金额`).
/// ``similarity(_:_:)`` also compares the names with a trailing `单位`, `机关` or `机构` read as `部门` (`认定单位`,
/// `认定机关` ≈ `认定部门`). The score is the longest common subsequence's share of both names,
/// 2·LCS / (|a| + |b|): 1 for equal names, 0.8 for `失信编号` against `失信记录编号`, 0.5 for `状态` against `办理状态`.
enum NameSimilarity {
    static func score(_ a: String, _ b: String) -> Double {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        if x == y { return 1 }
        var previous = [Int](repeating: 0, count: y.count + 1)
        var current = previous
        for i in 1...x.count {
            for j in 1...y.count {
                current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return 2 * Double(previous[y.count]) / Double(x.count + y.count)
    }

    static func normalized(_ name: String) -> String {
        var text = name.precomposedStringWithCompatibilityMapping.lowercased()
        // Bracketed notes are units or remarks: `（万元）`, `(元)`, `【必填】`.
        for (open, close) in [("(", ")"), ("[", "]"), ("【", "】"), ("〔", "〕")] {
            while let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        text.removeAll { $0.isWhitespace || "/._-@:：、·,;；\"'“”‘’《》<>?？!！*#".contains($0) || $0 == "的" }
        for unit in ["万元", "元"] where text.hasSuffix(unit) && text.count > unit.count + 1 {
            text.removeLast(unit.count)
        }
        return text
    }

    /// ``score(_:_:)`` of two normalised names, or of their ``departmentSuffix(_:)`` forms when that is higher.
    static func similarity(_ a: String, _ b: String) -> Double {
        let plain = score(a, b)
        guard plain < 1 else { return plain }
        let (x, y) = (departmentSuffix(a), departmentSuffix(b))
        return x == a && y == b ? plain : max(plain, score(x, y))
    }

    /// A normalised name whose trailing `单位`, `机关` or `机构` follows something else, with `部门` instead.
    static func departmentSuffix(_ name: String) -> String {
        for suffix in ["单位", "机关", "机构"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            return String(name.dropLast(suffix.count)) + "部门"
        }
        return name
    }

    /// The amount unit a source name declares: `涉及金额（万元）`, `欠款金额万元`.
    static func declaresTenThousandYuan(_ name: String) -> Bool {
        name.precomposedStringWithCompatibilityMapping.contains("万元")
    }
}
