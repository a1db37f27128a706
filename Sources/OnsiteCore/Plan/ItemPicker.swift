import Foundation

/// Hands out the plan's concrete items, each at most once, weakest first. One picker fills one schedule.
struct ItemPicker {
    enum ChallengeTrack { case sql, python }

    private let catalog: Catalog
    private let evidence: PlanEvidence
    private let now: Date
    private var sqlQueue: [AnyChallenge]
    private var pythonQueue: [AnyChallenge]
    private var concepts: [Question]
    private var scenarios: [Question]
    private var awsQuestions: [Question]
    private var serviceTurns: [String: Int] = [:]
    private var weak: [String]
    private var storyTurns = 0
    private var used = Set<String>()

    /// Concept tags that belong to the advanced weeks (streaming, Spark, orchestration, table formats).
    static let advancedConceptTags: Set<String> = [
        "spark", "streaming", "kafka", "orchestration", "airflow", "watermark", "structured-streaming", "iceberg",
        "table-formats", "delta-lake", "lakehouse", "backfill", "performance", "flink", "cdc",
    ]
    /// The key-topics services the fundamentals weeks rotate through; the advanced weeks take the rest.
    static let fundamentalServices: Set<String> = ["S3", "Glue", "Athena", "Lambda", "Redshift", "IAM", "CloudWatch"]

    init(catalog: Catalog, evidence: PlanEvidence, now: Date, carried: [String]) {
        self.catalog = catalog
        self.evidence = evidence
        self.now = now
        let carryRank = Dictionary(carried.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let accepted = evidence.acceptedChallenges

        func topicCoverage(_ challenges: [AnyChallenge]) -> [String: Double] {
            var total: [String: Int] = [:], done: [String: Int] = [:]
            for challenge in challenges {
                for topic in challenge.topics {
                    total[topic, default: 0] += 1
                    if accepted[challenge.id] != nil { done[topic, default: 0] += 1 }
                }
            }
            return total.reduce(into: [:]) { result, entry in
                result[entry.key] = Double(done[entry.key] ?? 0) / Double(entry.value)
            }
        }
        func queue(_ challenges: [AnyChallenge]) -> [AnyChallenge] {
            let coverage = topicCoverage(challenges)
            func key(_ challenge: AnyChallenge) -> (Int, Int, Int, Double, String) {
                let tried = evidence.attemptedChallenges.contains(challenge.id) ? 0 : 1
                let least = challenge.topics.map { coverage[$0] ?? 0 }.min() ?? 0
                return (carryRank[challenge.id] ?? Int.max, tried, Difficulty.allCases.firstIndex(of: challenge.difficulty) ?? 0,
                        least, challenge.id)
            }
            return challenges.filter { accepted[$0.id] == nil }.sorted { key($0) < key($1) }
        }
        sqlQueue = queue(catalog.sqlChallenges.map(AnyChallenge.sql))
        pythonQueue = queue(catalog.pythonChallenges.map(AnyChallenge.python))

        // Forgotten first (reviewed, recall under 70%), then never seen, then the rest from least to best known.
        func weakestFirst(_ questions: [Question]) -> [Question] {
            func key(_ question: Question) -> (Int, Int, Double, String) {
                let recall = evidence.recall(of: question.id, at: now)
                let band = evidence.cards[question.id] == nil ? 1 : (recall < 0.7 ? 0 : 2)
                return (carryRank[question.id] ?? Int.max, band, recall, question.id)
            }
            return questions.sorted { key($0) < key($1) }
        }
        concepts = weakestFirst(catalog.questions.filter { $0.track == .concepts })
        scenarios = weakestFirst(catalog.scenarios.map(\.question))
        awsQuestions = weakestFirst(catalog.questions.filter { $0.track == .aws })

        let triedChallenges = (catalog.sqlChallenges.map(AnyChallenge.sql) + catalog.pythonChallenges.map(AnyChallenge.python))
            .filter { evidence.attemptedChallenges.contains($0.id) && accepted[$0.id] == nil }.map(\.id)
        let forgotten = catalog.questions
            .compactMap { question -> (String, Double)? in
                guard evidence.cards[question.id] != nil else { return nil }
                let recall = evidence.recall(of: question.id, at: now)
                return recall < 0.9 ? (question.id, recall) : nil
            }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
        weak = triedChallenges + forgotten
    }

    func remaining(_ track: ChallengeTrack) -> Int {
        (track == .sql ? sqlQueue : pythonQueue).count
    }

    mutating func challenges(_ track: ChallengeTrack, count: Int) -> [PlanTask] {
        guard count > 0 else { return [] }
        var taken: [AnyChallenge] = []
        if track == .sql {
            taken = Array(sqlQueue.prefix(count))
            sqlQueue.removeFirst(taken.count)
        } else {
            taken = Array(pythonQueue.prefix(count))
            pythonQueue.removeFirst(taken.count)
        }
        guard let first = taken.first else { return [] }
        used.formUnion(taken.map(\.id))
        let name = track == .sql ? "SQL" : "Python"
        let noun = taken.count == 1 ? "challenge" : "challenges"
        let each = track == .sql ? StudyPlanner.Minutes.sqlChallenge : StudyPlanner.Minutes.pythonChallenge
        return [PlanTask(kind: track == .sql ? .sqlChallenges : .pythonChallenges, block: track == .sql ? .morning : .evening,
                         title: "\(taken.count) \(name) \(noun): " + taken.map { "\($0.title) (\($0.difficulty.rawValue))" }
                            .joined(separator: "; "),
                         itemIDs: taken.map(\.id), minutes: each * taken.count, command: "onsite solve \(first.id)")]
    }

    mutating func conceptReview(phase: StudyPhase) -> [PlanTask] {
        let wantsAdvanced = phase == .advanced
        let index = concepts.firstIndex { !Self.advancedConceptTags.isDisjoint(with: $0.tags) == wantsAdvanced }
            ?? concepts.indices.first
        guard let index else { return [] }
        let question = concepts.remove(at: index)
        used.insert(question.id)
        return [PlanTask(kind: .conceptReview, block: .morning, title: "Concept review: \(question.title)",
                         itemIDs: [question.id], minutes: StudyPlanner.Minutes.conceptReview,
                         command: "onsite questions show \(question.id)")]
    }

    /// One service, the least visited so far in this phase's set with the weakest items first, and its two
    /// weakest questions.
    mutating func awsDeepDive(phase: StudyPhase) -> [PlanTask] {
        let services = AWSTaxonomy.services.filter { service in
            (phase == .fundamentals) == Self.fundamentalServices.contains(service.name)
        }
        let candidates = services.compactMap { service -> (AWSTaxonomy.Service, [Question])? in
            let questions = awsQuestions.filter(service.covers)
            return questions.isEmpty ? nil : (service, questions)
        }
        let chosen = candidates.min { lhs, rhs in
            let left = (serviceTurns[lhs.0.name] ?? 0, weakness(lhs.1)), right = (serviceTurns[rhs.0.name] ?? 0, weakness(rhs.1))
            return left.0 != right.0 ? left.0 < right.0 : left.1 > right.1
        }
        guard let (service, questions) = chosen ?? awsQuestions.first.map({ question in
            (AWSTaxonomy.Service(name: "AWS", tags: [], minimum: 0), [question])
        }) else { return [] }
        serviceTurns[service.name, default: 0] += 1
        // Items about this service first (its tag in the id, as in aws-s3-…), then those that only mention it.
        let primary = questions.filter { question in service.tags.contains { question.id.contains("-\($0)-") || question.id.hasSuffix("-\($0)") } }
        let picked = Array((primary + questions.filter { question in !primary.contains { $0.id == question.id } }).prefix(2))
        awsQuestions.removeAll { question in picked.contains { $0.id == question.id } }
        used.formUnion(picked.map(\.id))
        return [PlanTask(kind: .awsDeepDive, block: .evening,
                         title: "AWS deep dive, \(service.name): " + picked.map(\.title).joined(separator: "; "),
                         itemIDs: picked.map(\.id), minutes: StudyPlanner.Minutes.awsDeepDive,
                         command: "onsite questions show \(picked[0].id)")]
    }

    mutating func systemDesign() -> [PlanTask] {
        guard !scenarios.isEmpty else { return [] }
        let question = scenarios.removeFirst()
        used.insert(question.id)
        return [PlanTask(kind: .systemDesign, block: .day, title: "System design, 45 minutes out loud: \(question.title)",
                         itemIDs: [question.id], minutes: StudyPlanner.Minutes.systemDesign,
                         command: "onsite scenarios show \(question.id) --prompt-only")]
    }

    /// The weekend review of mistakes: challenges tried and not accepted, else the mistakes log.
    mutating func mistakes() -> [PlanTask] {
        let tried = weak.filter { id in catalog.allChallenges.contains { $0.id == id } && !used.contains(id) }.prefix(3)
        guard !tried.isEmpty else {
            return [PlanTask(kind: .guidance, block: .day,
                             title: "Review the week's mistakes log, re-solve what is due, then extend your practice pipeline",
                             minutes: 45)]
        }
        used.formUnion(tried)
        weak.removeAll { tried.contains($0) }
        return [PlanTask(kind: .weakSpots, block: .day, title: "Re-solve from a blank page: " + tried.joined(separator: ", "),
                         itemIDs: Array(tried), minutes: 45, command: "onsite solve \(tried.first ?? "")")]
    }

    mutating func weakSpots(count: Int) -> [PlanTask] {
        var picked = Array(weak.filter { !used.contains($0) }.prefix(count))
        if picked.count < count {
            // Nothing forgotten yet: the least-known questions stand in.
            let extra = (concepts + awsQuestions).map(\.id).filter { !used.contains($0) && !picked.contains($0) }
            picked += extra.prefix(count - picked.count)
        }
        guard !picked.isEmpty else { return [] }
        used.formUnion(picked)
        weak.removeAll { picked.contains($0) }
        concepts.removeAll { picked.contains($0.id) }
        awsQuestions.removeAll { picked.contains($0.id) }
        let names = picked.map { id in catalog.question(id: id)?.title ?? id }
        return [PlanTask(kind: .weakSpots, block: .evening, title: "Weak spots: " + names.joined(separator: "; "),
                         itemIDs: picked, minutes: 30, command: "onsite drill")]
    }

    /// A STAR story for the principle with the fewest passing stories, while any has fewer than two.
    mutating func story() -> [PlanTask] {
        let counts = catalog.principles.map { ($0, evidence.storiesByPrinciple[$0.id] ?? 0) }.filter { $0.1 < 2 }
        guard !counts.isEmpty else { return [] }
        let sorted = counts.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
        let principle = sorted[storyTurns % sorted.count].0
        storyTurns += 1
        return [PlanTask(kind: .story, block: .evening, title: "Write a STAR story that shows \(principle.name)",
                         itemIDs: [principle.id], minutes: 20, command: "onsite stories add")]
    }

    /// Items for a final-week review of two scenarios.
    mutating func scenarios(count: Int) -> [PlanTask] {
        (0..<count).flatMap { _ in systemDesign() }.map { task in
            var task = task
            task.title = task.title.replacingOccurrences(of: "45 minutes", with: "30 minutes")
            task.minutes = 30
            return task
        }
    }

    private func weakness(_ questions: [Question]) -> Double {
        guard !questions.isEmpty else { return 0 }
        return 1 - questions.map { evidence.recall(of: $0.id, at: now) }.reduce(0, +) / Double(questions.count)
    }
}
