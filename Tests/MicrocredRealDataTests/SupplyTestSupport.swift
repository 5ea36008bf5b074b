import Foundation
import XCTest
@testable import MicrocredCore
@testable import MicrocredKit
import MicrocredTestSupport

extension RealDataStore {
    /// The IPEDS years `names`, loaded together through `DataBundle` (not cached).
    func ipedsYears(_ names: [String]) throws -> [IPEDSYear] {
        let plan = try IPEDSPlan.resolve(names, newest: 3, catalog: catalog)
        return try DataBundle.load(requests: plan.requests, resolver: resolver).ipedsYears(plan)
    }
}
