/// O*NET Occupation Data.
public struct ONetOccupations: Sendable {
    public var occupations: [ONetOccupation]
    public var report: LoadReport

    public init(occupations: [ONetOccupation], report: LoadReport) {
        self.occupations = occupations
        self.report = report
    }
}

/// The O*NET Skills or Knowledge ratings.
public struct ONetRatings: Sendable {
    public var domain: ONetDomain
    public var ratings: [ONetRating]
    public var report: LoadReport

    public init(domain: ONetDomain, ratings: [ONetRating], report: LoadReport) {
        self.domain = domain
        self.ratings = ratings
        self.report = report
    }
}
