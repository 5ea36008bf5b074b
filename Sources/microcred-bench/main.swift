import CSVStream
import Foundation
let path = CommandLine.arguments[1]
var t0 = Date()
let c = try RawPass.run(path: path)
print("raw", c, Date().timeIntervalSince(t0))
for v in [true, false] {
t0 = Date()
let r = try CSVReader(path: path, format: CSVFormat(validateUTF8: v))
var n = 0
var bytes = 0
try r.forEach { rec in n += 1; bytes += rec[5].count }
print(v, n, bytes, Date().timeIntervalSince(t0), r.header.count)
}
