import MicrocredCore
import Foundation

/// Finds an OEWS area from how a person writes it: `US`, a state's postal
/// code (`GA`) or FIPS code (`13`), or an MSA's CBSA code (`12060`).
public enum AreaMatch {
    public static func find(_ text: String, in areas: [Area]) -> Area? {
        let key = text.trimmingCharacters(in: .whitespaces)
        let upper = key.uppercased()
        if upper == "US" || upper == "USA" || key == "99" { return areas.first { $0.code.kind == .nation } }
        if key.count == 2, key.allSatisfy(\.isLetter) {
            return areas.first { $0.code.kind == .state && $0.primaryState.uppercased() == upper }
        }
        if let number = Int(key), key.allSatisfy(\.isNumber) {
            if key.count <= 2 { return areas.first { $0.code.kind == .state && $0.code.code == Int32(number) } }
            return areas.first { $0.code.kind == .metro && $0.code.code == Int32(number) }
        }
        return nil
    }
}
