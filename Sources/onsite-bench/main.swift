import Foundation
import GRDBSQLite
import OnsiteContent
import OnsiteCore
import OnsiteGrading

// Benchmarks print figures next to a floor measured in the same run, never absolute thresholds:
// these machines are noisy, ratios are not. Run in release: `swift run -c release onsite-bench sql`.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let suite = arguments.first, ["sql", "python", "fsrs", "web", "hello-server"].contains(suite) else {
    print("usage: onsite-bench sql|python|fsrs|web [--iterations N] [--seconds S] [--connections N] [--content-dir DIR]")
    exit(2)
}
if suite == "hello-server" {
    // The web benchmark's floor, started by `onsite-bench web` as a process of its own.
    try await HelloServer.run()
    exit(0)
}
let iterations = arguments.firstIndex(of: "--iterations").flatMap { Int(arguments[$0 + 1]) } ?? 15
let contentDir = arguments.firstIndex(of: "--content-dir").map { URL(fileURLWithPath: arguments[$0 + 1]) }
    ?? ContentLocator.resolve(explicit: nil)

let loaded = ContentLoader(root: contentDir).load()
guard loaded.problems.isEmpty else {
    print("content has problems; run `onsite content lint` first")
    exit(1)
}
if suite == "fsrs" {
    try await FSRSBenchmark(questions: loaded.catalog.questions, iterations: iterations,
                            python: PythonJudge.defaultPython()).run()
    exit(0)
}
if suite == "web" {
    let seconds = arguments.firstIndex(of: "--seconds").flatMap { Int(arguments[$0 + 1]) } ?? 10
    let connections = arguments.firstIndex(of: "--connections").flatMap { Int(arguments[$0 + 1]) } ?? 64
    do {
        let met = try WebBenchmark(contentDir: contentDir, seconds: seconds, connections: connections).run()
        exit(met ? 0 : 1)
    } catch {
        print("web benchmark: \(error)")
        exit(1)
    }
}
if suite == "python" {
    PythonBenchmark(challenges: loaded.catalog.pythonChallenges, iterations: iterations).run()
    exit(0)
}

let challenges = loaded.catalog.sqlChallenges
print("SQL judge benchmark: \(challenges.count) challenges, \(iterations) rounds, every dataset per submission")

let judge = SQLJudge()
let clock = ContinuousClock()
var judgeTimes: [Double] = []
var floorTimes: [Double] = []
var worst: (ratio: Double, id: String) = (0, "")

// Warm up: fills the judge's reference cache, as a running server would have it.
for challenge in challenges { _ = judge.grade(challenge.solution(for: .sqlite) ?? "", for: challenge) }

for challenge in challenges {
    let solution = challenge.solution(for: .sqlite) ?? ""
    var judged: [Double] = [], floored: [Double] = []
    // Interleave the two so drift in machine load hits both alike.
    for _ in 0..<iterations {
        let judgeStart = clock.now
        let report = judge.grade(solution, for: challenge)
        judged.append((clock.now - judgeStart).milliseconds)
        precondition(report.verdict == .accepted, "\(challenge.id): \(report.verdict)")

        let floorStart = clock.now
        RawSQLiteFloor.run(solution, schema: challenge.schema, datasets: challenge.datasets.map(\.sql))
        floored.append((clock.now - floorStart).milliseconds)
    }
    judgeTimes += judged
    floorTimes += floored
    let ratio = Stats.median(judged) / Stats.median(floored)
    if ratio > worst.ratio { worst = (ratio, challenge.id) }
}

func line(_ name: String, _ values: [Double]) -> String {
    String(format: "%-34@ median %7.3f ms   p95 %7.3f ms", name as NSString, Stats.median(values), Stats.percentile(values, 0.95))
}
print(line("judge (per submission)", judgeTimes))
print(line("floor: raw SQLite, same work", floorTimes))
print(String(format: "ratio judge/floor: median %.2fx, p95 %.2fx (target <= 1.3x)",
             Stats.median(judgeTimes) / Stats.median(floorTimes),
             Stats.percentile(judgeTimes, 0.95) / Stats.percentile(floorTimes, 0.95)))
print(String(format: "worst challenge by median ratio: %@ at %.2fx", worst.id, worst.ratio))

enum Stats {
    static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }
}

/// The floor: what grading cannot avoid — a fresh in-memory database per dataset, the data loaded, the query run
/// and its values read — with no sandbox, limits, authorizer, comparison or report around it.
enum RawSQLiteFloor {
    static func run(_ sql: String, schema: String, datasets: [String]) {
        for data in datasets {
            var db: OpaquePointer?
            sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY, nil)
            sqlite3_exec(db, schema, nil, nil, nil)
            sqlite3_exec(db, data, nil, nil, nil)
            var statement: OpaquePointer?
            sqlite3_prepare_v2(db, sql, -1, &statement, nil)
            var cells: [SQLValue] = []
            while sqlite3_step(statement) == SQLITE_ROW {
                for column in 0..<sqlite3_column_count(statement) {
                    switch sqlite3_column_type(statement, column) {
                    case SQLITE_INTEGER: cells.append(.integer(sqlite3_column_int64(statement, column)))
                    case SQLITE_FLOAT: cells.append(.real(sqlite3_column_double(statement, column)))
                    case SQLITE_NULL: cells.append(.null)
                    default: cells.append(.text(String(cString: sqlite3_column_text(statement, column))))
                    }
                }
            }
            sqlite3_finalize(statement)
            sqlite3_close_v2(db)
            precondition(cells.count >= 0)
        }
    }
}

extension Duration {
    var milliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }
}
