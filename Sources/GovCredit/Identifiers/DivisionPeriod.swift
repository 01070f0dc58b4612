/// One name of a GB/T 2260 division code and the years it was in force under that name.
///
/// Years are editions of the civil-affairs ministry's list, both ends inclusive; `nil` is open (in force
/// since before the source's first year, or still in force at its last revision). A code renamed in place
/// has several periods (`130204`: 东矿区 1983–1994, 古冶区 1995–).
public struct DivisionPeriod: Hashable, Sendable {
    /// The Chinese name in this period, e.g. 崇文区.
    public let name: String
    /// First year in force, inclusive.
    public let from: Int?
    /// Last year in force, inclusive.
    public let to: Int?

    /// Creates a period; `from` and `to` are edition years, inclusive, `nil` for an open end. Not checked: a period
    /// with `to` before `from` is kept as given and never in force.
    public init(name: String, from: Int?, to: Int?) {
        self.name = name
        self.from = from
        self.to = to
    }

    /// Whether the code was in force under this name in `year`. A period whose end precedes its start (a
    /// handful copied from the source as given) is never in force.
    public func contains(year: Int) -> Bool {
        if let from, year < from { return false }
        if let to, year > to { return false }
        return true
    }

    /// `[1983-1994]东矿区`, `[-2010]崇文区`, `东城区`: the source's own notation, for messages.
    var summary: String {
        if from == nil && to == nil { return name }
        return "[\(from.map(String.init) ?? "")-\(to.map(String.init) ?? "")]\(name)"
    }
}
