/// Government credit records (§III(3)): per entity, identified by its USCC, the union of its dishonesty, arrears
/// and enforcement records with the sanctions in force on its dishonesty records.
public enum GovernmentCreditRecords {
    /// Reads the package at `package` and writes one JSON line per entity, sorted by USCC:
    /// `{"uscc", "name", "dishonesty": […], "arrears": […], "enforcement": […], "sanctionsInForce": […]}`, each
    /// record in canonical JSON with its national key. Records the package REVOKEs are left out. Returns the
    /// number of entities. Written atomically to `output`.
    public static func write(package: String, to output: String, validator: RecordFileValidator = RecordFileValidator()) throws -> Int {
        struct Entity {
            var name = ""
            var dishonesty: [String] = []
            var dishonestyIDs: [String] = []
            var arrears: [String] = []
            var enforcement: [String] = []
        }
        var entities: [String: Entity] = [:]
        var sanctionsInForce: [String: [String]] = [:]
        try PackageContents(path: package).forEachRecord(validator) { record in
            guard record.envelope?.operation != .revoke else { return }
            let json = StagedRun.lineWithoutBreak(record)
            func add(_ usccPath: String, _ namePath: String, _ update: (inout Entity) -> Void) {
                guard let uscc = record[path: usccPath]?.text else { return }
                var entity = entities[uscc] ?? Entity()
                if entity.name.isEmpty { entity.name = record[path: namePath]?.text ?? "" }
                update(&entity)
                entities[uscc] = entity
            }
            switch record.category {
            case .dishonesty:
                add("entity.uscc", "entity.name") {
                    $0.dishonesty.append(json)
                    $0.dishonestyIDs.append(record[0]?.text ?? "")
                }
            case .arrears:
                add("debtor.uscc", "debtor.name") { $0.arrears.append(json) }
            case .enforcement:
                add("entity.uscc", "entity.name") { $0.enforcement.append(json) }
            case .sanction where record[path: "status"]?.text == SanctionStatus.inForce.rawValue:
                if let dishonestyID = record[path: "dishonestyId"]?.text { sanctionsInForce[dishonestyID, default: []].append(json) }
            default:
                break
            }
        }
        let writer = try BufferedFileWriter(path: output + ".partial")
        for uscc in entities.keys.sorted() {
            guard let entity = entities[uscc] else { continue }
            let sanctions = entity.dishonestyIDs.flatMap { sanctionsInForce[$0] ?? [] }
            try writer.write(JSONText.object([
                ("uscc", JSONText.quoted(uscc)), ("name", JSONText.quoted(entity.name)),
                ("dishonesty", "[" + entity.dishonesty.joined(separator: ",") + "]"),
                ("arrears", "[" + entity.arrears.joined(separator: ",") + "]"),
                ("enforcement", "[" + entity.enforcement.joined(separator: ",") + "]"),
                ("sanctionsInForce", "[" + sanctions.joined(separator: ",") + "]"),
            ]) + "\n")
        }
        try writer.finish()
        guard rename(output + ".partial", output) == 0 else { throw InputError.cannotWrite(output, errno: errno) }
        return entities.count
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
