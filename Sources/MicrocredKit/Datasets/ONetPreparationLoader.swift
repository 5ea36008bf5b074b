import MicrocredCore
import CSVStream
import Foundation

/// Reads the O*NET 29.3 Job Zones, Education/Training/Experience (with its
/// categories file) and Technology Skills CSVs.
///
/// Quirks: `.00` and specialty O*NET-SOC codes (mapped to SOC by their first
/// seven characters; see each value's combining rule), whole numbers without
/// decimals, blank confidence bounds where a percentage is 0, blank
/// `Recommend Suppress` cells, and importance (IM) rows without a category in
/// the education file, which carry no percentage and are skipped.
public enum ONetPreparationLoader {
    public static let jobZoneColumns = ["O*NET-SOC Code", "Title", "Job Zone"]
    public static let educationColumns = ["O*NET-SOC Code", "Scale ID", "Category", "Data Value", "Recommend Suppress"]
    public static let categoryColumns = ["Scale ID", "Category", "Category Description"]
    public static let technologyColumns = ["O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"]

    static func code(_ bytes: UnsafeRawBufferPointer, line: Int, report: inout LoadReport) -> (SOCCode, Int)? {
        guard let parsed = SOCCode.parseONet(bytes: bytes) else {
            report.error("O*NET-SOC Code \(FieldParsing.quote(bytes)) is not of the form 15-1252.00", line: line)
            return nil
        }
        return parsed
    }

    static func flag(_ bytes: UnsafeRawBufferPointer, _ column: String, line: Int, report: inout LoadReport) -> Bool? {
        if FieldParsing.equals(bytes, "Y") { return true }
        if FieldParsing.equals(bytes, "N") { return false }
        report.error("\(column) \(FieldParsing.quote(bytes)) is neither Y nor N", line: line)
        return nil
    }

    /// Loads job_zones_29_3.csv.
    public static func loadJobZones(path: String) -> ONetJobZones {
        var report = LoadReport(file: path)
        var ratings: [ONetJobZones.Rating] = []
        var specialties = 0
        var seen = Set<SOCCode.ONetKey>()
        readRecords(path: path, report: &report, columns: jobZoneColumns) { record, c, report in
            let line = record.line
            guard let (soc, suffix) = code(record[c[0]], line: line, report: &report) else { return }
            guard let zone = FieldParsing.integer(record[c[2]]), (1...5).contains(zone) else {
                report.error("Job Zone \(FieldParsing.quote(record[c[2]])) is not a whole number from 1 to 5", line: line)
                return
            }
            guard seen.insert(SOCCode.ONetKey(soc: soc, suffix: suffix)).inserted else {
                report.error("O*NET-SOC code \(soc).\(suffix) appears twice; keep one row per code", line: line)
                return
            }
            if suffix != 0 { specialties += 1 }
            ratings.append(ONetJobZones.Rating(soc: soc, suffix: suffix, title: FieldParsing.trimmed(record[c[1]]), zone: zone, line: line))
        }
        let socs = Set(ratings.map(\.soc))
        let onlySpecialties = socs.filter { soc in !ratings.contains { $0.soc == soc && $0.suffix == 0 } }
        report.quirks.add("specialty codes (suffix other than .00)", specialties)
        report.quirks.add("SOC occupations rated only under specialty codes", onlySpecialties.count)
        return ONetJobZones(ratings: ratings, report: report)
    }

    /// Loads education_training_experience_29_3.csv and, when given, its categories file.
    public static func loadEducation(path: String, categoriesPath: String?) -> ONetEducationTraining {
        var report = LoadReport(file: path)
        var values: [ONetEducationTraining.Value] = []
        values.reserveCapacity(36_000)
        var skippedIM = 0, suppressed = 0, blankSuppress = 0, specialties = Set<SOCCode.ONetKey>()
        readRecords(path: path, report: &report, columns: educationColumns) { record, c, report in
            let line = record.line
            guard let (soc, suffix) = code(record[c[0]], line: line, report: &report) else { return }
            let scaleText = FieldParsing.trimmed(record[c[1]])
            guard let scale = ONetEducationTraining.Scale(rawValue: scaleText) else {
                if scaleText == "IM" && record[c[2]].isEmpty { skippedIM += 1; return }
                report.error("Scale ID '\(scaleText)' is not RL, RW, PT or OJ", line: line)
                return
            }
            guard let category = FieldParsing.integer(record[c[2]]), category >= 1 else {
                report.error("Category \(FieldParsing.quote(record[c[2]])) is not a category number", line: line)
                return
            }
            guard let percent = FieldParsing.decimal(record[c[3]]), (0...100).contains(percent) else {
                report.error("Data Value \(FieldParsing.quote(record[c[3]])) is not a percentage from 0 to 100", line: line)
                return
            }
            var suppress = false
            if record[c[4]].isEmpty { blankSuppress += 1 } else {
                guard let f = flag(record[c[4]], "Recommend Suppress", line: line, report: &report) else { return }
                suppress = f
                if f { suppressed += 1 }
            }
            if suffix != 0 { specialties.insert(SOCCode.ONetKey(soc: soc, suffix: suffix)) }
            values.append(ONetEducationTraining.Value(soc: soc, suffix: suffix, scale: scale, category: category, percent: percent,
                                                      recommendSuppress: suppress, line: line))
        }
        report.quirks.add("importance (IM) rows without a category, skipped", skippedIM)
        report.quirks.add("values marked Recommend Suppress", suppressed)
        report.quirks.add("blank Recommend Suppress", blankSuppress)
        report.quirks.add("specialty O*NET codes rated", specialties.count)
        var categories: [ONetEducationTraining.Scale: [Int: String]] = [:]
        if let categoriesPath {
            let loaded = loadCategories(path: categoriesPath)
            categories = loaded.categories
            for item in loaded.report.diagnostics.items { report.diagnostics.append(item) }
        }
        return ONetEducationTraining(values: values, categories: categories, report: report)
    }

    /// Loads education_training_experience_categories_29_3.csv.
    public static func loadCategories(path: String) -> (categories: [ONetEducationTraining.Scale: [Int: String]], report: LoadReport) {
        var report = LoadReport(file: path)
        var categories: [ONetEducationTraining.Scale: [Int: String]] = [:]
        readRecords(path: path, report: &report, columns: categoryColumns) { record, c, report in
            let scaleText = FieldParsing.trimmed(record[c[0]])
            guard let scale = ONetEducationTraining.Scale(rawValue: scaleText) else {
                report.error("Scale ID '\(scaleText)' is not RL, RW, PT or OJ", line: record.line)
                return
            }
            guard let category = FieldParsing.integer(record[c[1]]) else {
                report.error("Category \(FieldParsing.quote(record[c[1]])) is not a number", line: record.line)
                return
            }
            categories[scale, default: [:]][category] = FieldParsing.trimmed(record[c[2]])
        }
        return (categories, report)
    }

    /// Loads technology_skills_29_3.csv.
    public static func loadTechnology(path: String) -> ONetTechnologySkills {
        var report = LoadReport(file: path)
        var items: [ONetTechnologySkills.Item] = []
        items.reserveCapacity(33_000)
        var hot = 0, inDemand = 0
        readRecords(path: path, report: &report, columns: technologyColumns) { record, c, report in
            let line = record.line
            guard let (soc, suffix) = code(record[c[0]], line: line, report: &report) else { return }
            guard let commodity = FieldParsing.integer(record[c[2]]) else {
                report.error("Commodity Code \(FieldParsing.quote(record[c[2]])) is not a number", line: line)
                return
            }
            guard let isHot = flag(record[c[4]], "Hot Technology", line: line, report: &report),
                  let isInDemand = flag(record[c[5]], "In Demand", line: line, report: &report) else { return }
            if isHot { hot += 1 }
            if isInDemand { inDemand += 1 }
            items.append(ONetTechnologySkills.Item(soc: soc, suffix: suffix, example: FieldParsing.trimmed(record[c[1]]),
                                                   commodityCode: commodity, commodityTitle: FieldParsing.trimmed(record[c[3]]),
                                                   hot: isHot, inDemand: isInDemand, line: line))
        }
        report.quirks.add("Hot Technology examples", hot)
        report.quirks.add("In Demand examples", inDemand)
        return ONetTechnologySkills(items: items, report: report)
    }
}

/// O*NET Job Zones.
public enum ONetJobZonesDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.onetJobZones
    public static func load(_ file: DatasetFile) -> ONetJobZones { ONetPreparationLoader.loadJobZones(path: file.path) }
    public static func reports(of value: ONetJobZones) -> [LoadReport] { [value.report] }
    public static func place(_ value: ONetJobZones, as id: DatasetID, in bundle: inout DataBundle) { bundle.jobZones = value }
}

/// O*NET Education, Training, and Experience, with its categories file.
public enum ONetEducationDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.onetEducation
    public static let companion: DatasetID? = .onetEducationCategories
    public static func load(_ file: DatasetFile) -> ONetEducationTraining {
        ONetPreparationLoader.loadEducation(path: file.path, categoriesPath: file.companionPath)
    }
    public static func reports(of value: ONetEducationTraining) -> [LoadReport] { [value.report] }
    public static func place(_ value: ONetEducationTraining, as id: DatasetID, in bundle: inout DataBundle) { bundle.educationTraining = value }
}

/// The category descriptions on their own: read only to validate them.
public enum ONetEducationCategoriesDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.onetEducationCategories
    public static func load(_ file: DatasetFile) -> LoadReport { ONetPreparationLoader.loadCategories(path: file.path).report }
    public static func reports(of value: LoadReport) -> [LoadReport] { [value] }
    public static func place(_ value: LoadReport, as id: DatasetID, in bundle: inout DataBundle) {}
}

/// O*NET Technology Skills.
public enum ONetTechnologyDatasetLoader: DatasetLoader {
    public static let kind = DatasetKind.onetTechnology
    public static func load(_ file: DatasetFile) -> ONetTechnologySkills { ONetPreparationLoader.loadTechnology(path: file.path) }
    public static func reports(of value: ONetTechnologySkills) -> [LoadReport] { [value.report] }
    public static func place(_ value: ONetTechnologySkills, as id: DatasetID, in bundle: inout DataBundle) { bundle.technology = value }
}
