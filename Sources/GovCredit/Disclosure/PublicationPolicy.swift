import Foundation

/// How long a dishonesty record of one severity stays on 信用中国 (SPEC §8, §IV(9)): at least `minimumMonths`
/// (before then a restoration does not take it down early) and at most `maximumMonths`, counted from
/// `identifiedDate`. After the maximum it is never published.
public struct PublicationWindow: Hashable, Sendable {
    /// The shortest publicity period, in months.
    public var minimumMonths: Int
    /// The longest publicity period, in months: the record is published while `asOf` is before
    /// `identifiedDate` + this many months.
    public var maximumMonths: Int

    /// A window of `minimumMonths`…`maximumMonths` (both ≥ 0, minimum ≤ maximum).
    public init?(minimumMonths: Int, maximumMonths: Int) {
        guard minimumMonths >= 0, maximumMonths > 0, minimumMonths <= maximumMonths else { return nil }
        self.minimumMonths = minimumMonths
        self.maximumMonths = maximumMonths
    }

    /// The last day the record of `identified` is published: the day before `identified` + maximum months.
    public func lastDay(identified: CivilDate) -> CivilDate {
        let end = identified.addingMonths(maximumMonths)
        return CivilDate(daysSinceEpoch: end.daysSinceEpoch - 1) ?? end
    }

    /// The first day a restoration may take the record down: `identified` + minimum months.
    public func minimumEnd(identified: CivilDate) -> CivilDate { identified.addingMonths(minimumMonths) }

    /// Whether a record identified on `identified` is published on `asOf`: identified by then, and not past the
    /// maximum window.
    public func contains(_ asOf: CivilDate, identified: CivilDate) -> Bool {
        identified <= asOf && asOf <= lastDay(identified: identified)
    }
}

/// The publication windows per severity (SPEC §8). Defaults from `Standards/gov-integrity/1.0/policy.yaml`
/// (`publication:`), after the 2026 credit-restoration measures: MINOR not published, GENERAL 3–12 months,
/// SERIOUS 12–36 months. A test reads policy.yaml and keeps these in step.
public struct PublicationPolicy: Hashable, Sendable {
    /// Window per severity code (`GENERAL`); a severity without a window is not published.
    public var windows: [String: PublicationWindow]

    /// Windows per severity code; severities not listed are not published.
    public init(windows: [String: PublicationWindow]) {
        self.windows = windows
    }

    /// The standard's defaults (`policy.yaml`, `publication:`).
    public static let standard = PublicationPolicy(windows: [
        DishonestySeverity.general.rawValue: PublicationWindow(minimumMonths: 3, maximumMonths: 12),
        DishonestySeverity.serious.rawValue: PublicationWindow(minimumMonths: 12, maximumMonths: 36),
    ].compactMapValues { $0 })

    /// The window of a severity code, or `nil` when records of that severity are not published.
    public func window(for severity: String) -> PublicationWindow? { windows[severity] }

    /// Sets one severity's window from `SEVERITY=MIN-MAX` (months) or `SEVERITY=none`, as `--window` gives it;
    /// the severity may be a code, its number or its label (`一般`). Returns `false` for text of any other form.
    public mutating func apply(_ setting: String) -> Bool {
        let parts = setting.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let severity = CodeListID.dishonestySeverity.resolve(parts[0]) else { return false }
        if parts[1].lowercased() == "none" || parts[1] == "0" {
            windows[severity] = nil
            return true
        }
        let bounds = parts[1].split(separator: "-").compactMap { Int($0) }
        guard bounds.count == 2, let window = PublicationWindow(minimumMonths: bounds[0], maximumMonths: bounds[1]) else {
            return false
        }
        windows[severity] = window
        return true
    }
}

extension CivilDate {
    /// The same day `months` months later; a day the target month lacks becomes its last (2024-01-31 + 1 → 2024-02-29).
    func addingMonths(_ months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let targetYear = index / 12, targetMonth = index % 12 + 1
        let targetDay = min(day, CivilDate.daysIn(month: targetMonth, year: targetYear))
        return CivilDate(year: targetYear, month: targetMonth, day: targetDay) ?? self
    }
}
