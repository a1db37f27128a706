import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// The content that ships is itself checked: clean, complete and without near-duplicates.
@Suite("Shipped content")
struct ShippedContentTests {
    let result = ContentLoader(root: RepositoryPaths.content, displayRelativeTo: RepositoryPaths.root).load()

    @Test("lints clean")
    func clean() {
        #expect(result.problems.isEmpty, "\(result.problems.map(\.description).joined(separator: "\n"))")
    }

    @Test("has the seed's 30 quick-fire questions, ten per technical track")
    func quickfire() {
        let quickfire = result.catalog.questions.filter(\.quickfire)
        #expect(quickfire.count >= 30)
        for track in [Track.python, .sql, .aws] {
            #expect(quickfire.filter { $0.track == track }.count >= 10, "\(track)")
        }
    }

    @Test("has the 16 Leadership Principles with two probing questions each")
    func principles() {
        let principles = result.catalog.principles
        #expect(principles.count == 16)
        #expect(Set(principles.map(\.id)).count == 16)
        #expect(principles.allSatisfy { $0.questions.count >= 2 })
        #expect(principles.contains { $0.name == "Customer Obsession" })
        #expect(principles.contains { $0.name == "Success and Scale Bring Broad Responsibility" })
    }

    @Test("has every seed guide page", arguments: [
        "process", "timeline", "daily-routine", "key-topics", "checklists", "interview-day", "common-mistakes",
        "final-week", "negotiation", "next-steps", "resources",
    ])
    func guidePage(_ id: String) {
        #expect(result.catalog.guidePage(id: id) != nil)
    }

    @Test("no two shipped questions come near the duplicate threshold")
    func noNearDuplicates() {
        let questions = result.catalog.questions
        let fingerprints = questions.map { QuestionSimilarity(text: $0.title + "\n" + $0.prompt) }
        var worst = (score: 0.0, pair: "")
        for i in questions.indices {
            for j in questions.indices where j > i {
                let score = fingerprints[i].similarity(to: fingerprints[j])
                if score > worst.score { worst = (score, "\(questions[i].id) ~ \(questions[j].id)") }
            }
        }
        #expect(worst.score < QuestionSimilarity.duplicateThreshold, "closest pair \(worst.pair) at \(worst.score)")
    }

    @Test("the Python and SQL banks reach their sizes, with every topic covered at least twice")
    func bankCoverage() {
        let questions = result.catalog.questions
        #expect(questions.filter { $0.track == .python }.count >= 50)
        #expect(questions.filter { $0.track == .sql }.count >= 100)
        for track in [Track.python, .sql] {
            for topic in track.topicTags where topic != "data-modeling" {
                let count = questions.filter { $0.track == track && $0.tags.contains(topic) }.count
                #expect(count >= 2, "\(track.rawValue) topic \(topic) has \(count) item(s)")
            }
        }
    }

    @Test("difficulty is spread roughly 30/50/20 and at least half the items have follow-ups")
    func spread() {
        for track in [Track.python, .sql] {
            let items = result.catalog.questions.filter { $0.track == track }
            guard !items.isEmpty else { continue }
            func share(_ difficulty: Difficulty) -> Double {
                Double(items.filter { $0.difficulty == difficulty }.count) / Double(items.count)
            }
            #expect((0.2...0.4).contains(share(.easy)), "\(track) easy \(share(.easy))")
            #expect((0.4...0.6).contains(share(.medium)), "\(track) medium \(share(.medium))")
            #expect((0.12...0.3).contains(share(.hard)), "\(track) hard \(share(.hard))")
            #expect(items.filter { !$0.followUps.isEmpty }.count * 2 >= items.count)
        }
    }

    @Test("every AWS item links AWS documentation")
    func awsSources() {
        for question in result.catalog.questions where question.track == .aws {
            #expect(question.sources.contains { $0.contains("aws.amazon.com") }, "\(question.id)")
        }
    }

    @Test("the AWS, concepts and behavioral banks reach their sizes")
    func secondRoundBankSizes() {
        let questions = result.catalog.questions
        #expect(questions.filter { $0.track == .aws }.count >= 75)
        #expect(questions.filter { $0.track == .concepts }.count >= 60)
        #expect(questions.filter { $0.track == .behavioral }.count >= 30)
    }

    @Test("every AWS service the bank promises has its minimum number of items", arguments: AWSTaxonomy.services.map(\.name))
    func awsServiceMinimum(name: String) throws {
        let service = try #require(AWSTaxonomy.services.first { $0.name == name })
        let count = result.catalog.questions.filter(service.covers).count
        #expect(count >= service.minimum, "\(name) has \(count), needs \(service.minimum)")
    }

    @Test("every DEA-C01 domain is served and every Leadership Principle is probed by a behavioral item")
    func domainsAndPrinciplesCovered() {
        let questions = result.catalog.questions
        for domain in AWSTaxonomy.domains {
            #expect(questions.contains { $0.track == .aws && $0.tags.contains(domain.tag) }, "\(domain.name)")
        }
        for principle in result.catalog.principles {
            #expect(questions.contains { $0.track == .behavioral && $0.principles.contains(principle.id) }, "\(principle.id)")
        }
    }

    @Test("the second-round banks have follow-ups on at least half their items", arguments: [Track.aws, .concepts, .behavioral])
    func secondRoundFollowUps(track: Track) {
        let items = result.catalog.questions.filter { $0.track == track }
        #expect(items.filter { !$0.followUps.isEmpty }.count * 2 >= items.count, "\(track.rawValue)")
    }
}

