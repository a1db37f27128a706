import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// Lab folders: a clean one loads into the catalog; each broken one is reported at its file, line and field.
@Suite("Lab lint")
struct LabLintTests {
    static let lab = """
        id: lab-tiny-bucket
        title: A versioned bucket
        services: [S3]
        difficulty: easy
        minutes: 5
        summary: Turn versioning on.
        sources:
          - https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
        checks:
          - id: versioning
            title: Versioning is enabled
            call: s3.GetBucketVersioning
            with: {Bucket: tiny}
            expect:
              - {path: Status, equals: Enabled}
            hint: Versioning keeps overwritten objects.
        """

    func load(_ yaml: String, task: String? = "Make a versioned bucket.", solution: String? = "aws s3api create-bucket --bucket tiny\n") throws -> ContentLoadResult {
        let directory = try TemporaryDirectory(prefix: "onsite-lab-lint")
        try FixtureContent.write(into: directory)
        _ = try directory.write(yaml, to: "labs/tiny-bucket/lab.yaml")
        if let task { _ = try directory.write(task, to: "labs/tiny-bucket/task.md") }
        if let solution { _ = try directory.write(solution, to: "labs/tiny-bucket/solution.sh") }
        return ContentLoader(root: directory.url, displayRelativeTo: directory.url).load()
    }

    @Test("a clean lab loads with its checks")
    func cleanLab() throws {
        let result = try load(Self.lab)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let lab = try #require(result.catalog.lab(id: "lab-tiny-bucket"))
        #expect(lab.checks.first?.call == LabCall(service: "s3", operation: "GetBucketVersioning", parameters: ["Bucket": "tiny"]))
        #expect(lab.checks.first?.expectations == [LabExpectation(path: "Status", condition: .equals("Enabled"))])
    }

    @Test("each broken field is named with its line", arguments: [
        ("call: s3.GetBucketVersioning", "call: s3.PutBucketVersioning", "call", 12, "not a read-only operation"),
        ("call: s3.GetBucketVersioning", "call: s3.GetBucketVersionin", "call", 12, "did you mean 's3.GetBucketVersioning'"),
        ("{path: Status, equals: Enabled}", "{path: Status, equals: Enabled, contains: En}", "expect", 15, "exactly one of"),
        ("{path: Status, equals: Enabled}", "{path: Status, matches: \"([\"}", "matches", 15, "not a regular expression"),
        ("id: lab-tiny-bucket", "id: lab-other", "id", 1, "must be 'lab-tiny-bucket'"),
        ("services: [S3]", "services: [S4]", "services", 3, "'S4' is not one of"),
        ("  - https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html", "  - https://example.com/versioning", "sources", 8, "AWS documentation page"),
        ("    hint: Versioning keeps overwritten objects.", "    hnt: Versioning keeps overwritten objects.", "hnt", 16, "did you mean 'hint'"),
    ])
    func brokenField(original: String, replacement: String, field: String, line: Int, message: String) throws {
        let result = try load(Self.lab.replacingOccurrences(of: original, with: replacement))
        let problem = try #require(result.problems.first { $0.field == field }, "\(result.problems)")
        #expect(problem.file == "labs/tiny-bucket/lab.yaml")
        #expect(problem.line == line, "\(problem)")
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(result.catalog.lab(id: "lab-tiny-bucket") == nil)
    }

    @Test("a lab without its task or reference solution is refused")
    func missingFiles() throws {
        let noTask = try load(Self.lab, task: nil)
        #expect(noTask.problems.contains { $0.file == "labs/tiny-bucket/task.md" && $0.field == "task" })
        let noSolution = try load(Self.lab, solution: "  \n")
        #expect(noSolution.problems.contains { $0.file == "labs/tiny-bucket/solution.sh" && $0.field == "solution" })
    }
}

/// Project folders: a clean one chains its labs; a step naming no lab, a repeated step or a missing write-up is
/// reported at its file, line and field.
@Suite("Project lint")
struct ProjectLintTests {
    static let project = """
        id: project-tiny-pipeline
        title: A tiny pipeline
        summary: Two buckets, one after the other.
        minutes: 10
        steps:
          - lab: lab-tiny-bucket
            why: Where the data lands.
          - lab: lab-tiny-copy
            why: Where it is copied.
        checks:
          - id: both
            title: The copy bucket is versioned too
            call: s3.GetBucketVersioning
            with: {Bucket: tiny-copy}
            expect:
              - {path: Status, equals: Enabled}
            hint: Both buckets keep versions.
        """

    func load(_ yaml: String, writeup: String? = "Overview.\n\n## Telling it in an interview\n\nIt copies.\n") throws -> ContentLoadResult {
        let directory = try TemporaryDirectory(prefix: "onsite-project-lint")
        try FixtureContent.write(into: directory)
        for slug in ["tiny-bucket", "tiny-copy"] {
            _ = try directory.write(LabLintTests.lab.replacingOccurrences(of: "lab-tiny-bucket", with: "lab-\(slug)"),
                                    to: "labs/\(slug)/lab.yaml")
            _ = try directory.write("Make a bucket.", to: "labs/\(slug)/task.md")
            _ = try directory.write("aws s3api create-bucket --bucket tiny\n", to: "labs/\(slug)/solution.sh")
        }
        _ = try directory.write(yaml, to: "projects/tiny-pipeline/project.yaml")
        if let writeup { _ = try directory.write(writeup, to: "projects/tiny-pipeline/writeup.md") }
        return ContentLoader(root: directory.url, displayRelativeTo: directory.url).load()
    }

    @Test("a clean project loads, its steps resolved to labs and its wiring checks parsed")
    func cleanProject() throws {
        let result = try load(Self.project)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let project = try #require(result.catalog.project(id: "project-tiny-pipeline"))
        #expect(project.steps.map(\.lab) == ["lab-tiny-bucket", "lab-tiny-copy"])
        #expect(project.checks.map(\.id) == ["both"])
        guard case .project(_, let steps)? = result.catalog.exercise(id: project.id) else {
            Issue.record("the project is not an exercise")
            return
        }
        #expect(steps.map(\.id) == ["lab-tiny-bucket", "lab-tiny-copy"])
    }

    @Test("each broken field is named with its line", arguments: [
        ("  - lab: lab-tiny-copy", "  - lab: lab-tiny-cpy", "lab", 8, "did you mean 'lab-tiny-copy'"),
        ("  - lab: lab-tiny-copy", "  - lab: lab-tiny-bucket", "lab", 8, "already a step"),
        ("id: project-tiny-pipeline", "id: project-other", "id", 1, "must be 'project-tiny-pipeline'"),
        ("    call: s3.GetBucketVersioning", "    call: s3.PutBucketVersioning", "call", 13, "not a read-only operation"),
        ("minutes: 10", "minutes: 10\nowner: me", "owner", 5, "unknown"),
    ])
    func brokenField(original: String, replacement: String, field: String, line: Int, message: String) throws {
        let result = try load(Self.project.replacingOccurrences(of: original, with: replacement))
        let problem = try #require(result.problems.first { $0.field == field }, "\(result.problems)")
        #expect(problem.file == "projects/tiny-pipeline/project.yaml")
        #expect(problem.line == line, "\(problem)")
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(result.catalog.project(id: "project-tiny-pipeline") == nil)
    }

    @Test("a project without its write-up is refused, since the write-up is what the candidate tells")
    func missingWriteup() throws {
        let result = try load(Self.project, writeup: nil)
        #expect(result.problems.contains { $0.file == "projects/tiny-pipeline/writeup.md" && $0.field == "writeup" })
        #expect(result.catalog.project(id: "project-tiny-pipeline") == nil)
    }
}
