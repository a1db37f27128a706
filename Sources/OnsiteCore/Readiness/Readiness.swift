import Foundation

/// How ready the candidate is for each round of the loop, from evidence only: what they will still remember on
/// the interview date, the challenges they have had accepted, their mock scores and (for the behavioral round)
/// the story bank. The formula is written out in `docs/readiness.md`; keep the two in step.
public struct RoundReadiness: Codable, Sendable, Equatable {
    public struct Component: Codable, Sendable, Equatable {
        /// "recall", "challenges", "labs", "stories" or "mocks".
        public var name: String
        /// 0...1.
        public var value: Double
        public var weight: Double
        /// How the value was reached, in a line: "38 of 120 items drilled; mean predicted recall 31%".
        public var detail: String
    }

    public struct WeakTopic: Codable, Sendable, Equatable {
        public var tag: String
        /// Mean strength of the topic's items, 0...1.
        public var strength: Double
        public var items: Int
        /// The command that practises it.
        public var action: String
    }

    public var round: InterviewRound
    /// The weighted sum of the components, 0...1.
    public var score: Double
    public var components: [Component]
    public var weakest: [WeakTopic]

    public var percent: Int { Int((score * 100).rounded()) }
}

public struct ReadinessReport: Codable, Sendable, Equatable {
    public var interviewDate: CalendarDate
    public var rounds: [RoundReadiness]
    /// The mean over the five rounds: each round counts the same in a loop decision.
    public var overall: Double

    enum CodingKeys: String, CodingKey {
        case interviewDate = "interview_date", rounds, overall
    }
}

public struct ReadinessCalculator: Sendable {
    public let catalog: Catalog
    public let evidence: PlanEvidence
    public let scheduler: FSRSScheduler

    /// Recall carries half the figure; practice (challenges or stories) and mocks a quarter each. A round with no
    /// practice component splits 65:35 between recall and mocks.
    public static let recallWeight = 0.5, practiceWeight = 0.25, mockWeight = 0.25
    public static let recallWeightWithoutPractice = 0.65, mockWeightWithoutPractice = 0.35
    /// The mock component reads the most recent scores for the round, so an early bad mock stops counting.
    public static let recentMocks = 3
    /// Weak topics need this many items, so one forgotten card does not name a topic.
    public static let minimumTopicItems = 2

    public init(catalog: Catalog, evidence: PlanEvidence, scheduler: FSRSScheduler = FSRSScheduler()) {
        self.catalog = catalog
        self.evidence = evidence
        self.scheduler = scheduler
    }

    /// Readiness on the morning of `interviewDate` in `calendar`'s time zone.
    public func report(for interviewDate: CalendarDate, calendar: Calendar = .current) -> ReadinessReport {
        let moment = interviewDate.start(in: calendar).addingTimeInterval(9 * 3600)
        let rounds = InterviewRound.allCases.map { readiness(of: $0, at: moment) }
        let overall = rounds.map(\.score).reduce(0, +) / Double(max(1, rounds.count))
        return ReadinessReport(interviewDate: interviewDate, rounds: rounds, overall: overall)
    }

    /// Challenges are asked in the phone screen and the coding round.
    static func challengeRounds(_ round: InterviewRound) -> Bool {
        round == .phoneScreen || round == .technical1
    }

    public func readiness(of round: InterviewRound, at moment: Date) -> RoundReadiness {
        let questions = catalog.questions.filter { $0.rounds.contains(round) }
        let recalls = questions.map { evidence.recall(of: $0.id, at: moment, scheduler: scheduler) }
        let recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        let drilled = questions.filter { evidence.cards[$0.id] != nil }.count
        var components = [RoundReadiness.Component(
            name: "recall", value: recall, weight: 0,
            detail: "\(drilled) of \(questions.count) items drilled; mean predicted recall on the day \(Self.percent(recall))")]

        if Self.challengeRounds(round) {
            let challenges = catalog.allChallenges
            func weight(_ difficulty: Difficulty) -> Double {
                switch difficulty {
                case .easy: 1
                case .medium: 2
                case .hard: 3
                }
            }
            let total = challenges.map { weight($0.difficulty) }.reduce(0, +)
            let accepted = challenges.filter { evidence.acceptedChallenges[$0.id] != nil }
            let value = total == 0 ? 0 : accepted.map { weight($0.difficulty) }.reduce(0, +) / total
            let byDifficulty = Difficulty.allCases.map { difficulty in
                "\(accepted.filter { $0.difficulty == difficulty }.count)/\(challenges.filter { $0.difficulty == difficulty }.count) \(difficulty.rawValue)"
            }.joined(separator: ", ")
            components.append(.init(name: "challenges", value: value, weight: 0,
                                    detail: "accepted \(byDifficulty); hard counts 3, medium 2, easy 1"))
        } else if round == .technical2, !catalog.labs.isEmpty {
            // Technical 2 asks how AWS services behave; a passed lab is that knowledge used for real, and a passed
            // project is labs made into one system, which is what the ETL-design questions ask about.
            let passed = catalog.labs.filter { evidence.passedLabs[$0.id] != nil }.count
            let projects = catalog.projects.filter { evidence.passedLabs[$0.id] != nil }.count
            let done = Double(passed + projects) / Double(catalog.labs.count + catalog.projects.count)
            let projectDetail = catalog.projects.isEmpty ? "" : "; \(projects) of \(catalog.projects.count) end-to-end projects"
            components.append(.init(name: "labs", value: done, weight: 0,
                                    detail: "\(passed) of \(catalog.labs.count) AWS labs passed\(projectDetail)"))
        } else if round == .behavioral {
            let stories = min(1, Double(evidence.passingStories) / Double(StoryCoverage.storiesTarget))
            let covered = catalog.principles.filter { (evidence.storiesByPrinciple[$0.id] ?? 0) >= StoryCoverage.storiesPerPrinciple }.count
            let coverage = catalog.principles.isEmpty ? 0 : Double(covered) / Double(catalog.principles.count)
            components.append(.init(
                name: "stories", value: (stories + coverage) / 2, weight: 0,
                detail: "\(evidence.passingStories) of \(StoryCoverage.storiesTarget) passing stories; \(covered) of \(catalog.principles.count) principles with two"))
        }

        let scores = Array(mockScores(for: round).suffix(Self.recentMocks))
        let mock = scores.isEmpty ? 0 : scores.map { Double($0 - 1) / 3 }.reduce(0, +) / Double(scores.count)
        components.append(.init(
            name: "mocks", value: mock, weight: 0,
            detail: scores.isEmpty ? "no scored mock of this round yet"
                : "last \(scores.count) self-scores \(scores.map(String.init).joined(separator: ", ")) of 4"))

        let hasPractice = components.count == 3
        for index in components.indices {
            components[index].weight = switch (components[index].name, hasPractice) {
            case ("recall", true): Self.recallWeight
            case ("recall", false): Self.recallWeightWithoutPractice
            case ("mocks", true): Self.mockWeight
            case ("mocks", false): Self.mockWeightWithoutPractice
            default: Self.practiceWeight
            }
        }
        let score = components.map { $0.value * $0.weight }.reduce(0, +)
        return RoundReadiness(round: round, score: score, components: components,
                              weakest: weakestTopics(of: round, questions: questions, at: moment))
    }

    /// Self-scores for the round, oldest first: a single-round mock's segments, or in a full loop the segments
    /// whose activity belongs to the round.
    func mockScores(for round: InterviewRound) -> [Int] {
        evidence.mocks.sorted { $0.finishedAt < $1.finishedAt }.flatMap { mock -> [Int] in
            mock.scores.compactMap { entry -> Int? in
                guard let score = entry.score, Self.round(of: entry.activity, in: mock.format) == round else { return nil }
                return score
            }
        }
    }

    static func round(of activity: MockActivity, in format: MockFormat) -> InterviewRound? {
        switch format {
        case .phone: return .phoneScreen
        case .technical1: return .technical1
        case .technical2: return .technical2
        case .systemDesign: return .systemDesign
        case .behavioral: return .behavioral
        case .full:
            switch activity {
            case .coding: return .technical1
            case .questions: return .technical2
            case .systemDesign: return .systemDesign
            case .behavioral, .introduction: return .behavioral
            case .closing: return nil
            }
        }
    }

    func weakestTopics(of round: InterviewRound, questions: [Question], at moment: Date) -> [RoundReadiness.WeakTopic] {
        var strengths: [String: [Double]] = [:]
        var fromChallenges = Set<String>()
        for question in questions {
            let strength = evidence.recall(of: question.id, at: moment, scheduler: scheduler)
            for tag in question.tags where !AWSTaxonomy.domains.contains(where: { $0.tag == tag }) {
                strengths[tag, default: []].append(strength)
            }
        }
        if Self.challengeRounds(round) {
            for challenge in catalog.allChallenges {
                for topic in challenge.topics {
                    strengths[topic, default: []].append(evidence.acceptedChallenges[challenge.id] != nil ? 1 : 0)
                    fromChallenges.insert(topic)
                }
            }
        }
        let topics = strengths.filter { $0.value.count >= Self.minimumTopicItems }.map { tag, values in
            (tag: tag, strength: values.reduce(0, +) / Double(values.count), items: values.count)
        }
        return topics.sorted { ($0.strength, -$0.items, $0.tag) < ($1.strength, -$1.items, $1.tag) }.prefix(3).map { topic in
            let action = fromChallenges.contains(topic.tag)
                ? "onsite challenges --topic \(topic.tag) --status unsolved"
                : "onsite drill --tag \(topic.tag)"
            return RoundReadiness.WeakTopic(tag: topic.tag, strength: topic.strength, items: topic.items, action: action)
        }
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
