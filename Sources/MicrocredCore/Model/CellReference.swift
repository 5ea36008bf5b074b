/// A cell's column and row as a spreadsheet names them (`C17`: column 3, row 17).
public struct CellReference: Sendable, Hashable, CustomStringConvertible {
    /// 1-based column.
    public var column: Int
    /// 1-based row.
    public var row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `C17`, `AF1402`; nil for anything else (or a column past XFD).
    public init?(_ text: String) { self.init(utf8: text.utf8) }

    /// Parses the UTF-8 bytes of a reference (as a workbook stores it).
    public init?<Bytes: Sequence>(utf8 bytes: Bytes) where Bytes.Element == UInt8 {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row > 0, column <= Self.maxColumn else { return nil }
        self.column = column
        self.row = row
    }

    /// The last column Excel allows (XFD).
    public static let maxColumn = 16_384

    /// Column letters for a 1-based column: 1 → A, 27 → AA.
    public static func letters(_ column: Int) -> String {
        var n = column
        var scalars: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            scalars.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(r))))
            n = (n - 1) / 26
        }
        return String(scalars.reversed())
    }

    public var description: String { Self.letters(column) + String(row) }
}
