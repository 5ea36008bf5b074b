import MicrocredCore

/// Which AREA_TYPE values each OEWS dataset of the catalog may hold, so that
/// a national file saved under the state file's name (or the reverse) fails
/// validation instead of loading as the wrong geography.
public enum OEWSAreaKinds {
    public static func expected(for datasetID: DatasetID) -> Set<AreaKind>? {
        switch datasetID {
        case .oewsNational: return [.nation]
        case .oewsState: return [.state]
        default: return nil
        }
    }
}
