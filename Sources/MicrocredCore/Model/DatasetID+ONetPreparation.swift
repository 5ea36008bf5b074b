extension DatasetID {
    /// O*NET 29.3 Job Zones.
    public static let onetJobZones = DatasetID("onet-job-zones")
    /// O*NET 29.3 Education, Training, and Experience.
    public static let onetEducation = DatasetID("onet-education")
    /// The category descriptions of O*NET Education, Training, and Experience.
    public static let onetEducationCategories = DatasetID("onet-education-categories")
    /// O*NET 29.3 Technology Skills.
    public static let onetTechnology = DatasetID("onet-technology")
}
