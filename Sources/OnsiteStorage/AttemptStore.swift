import Foundation
import OnsiteCore

/// One graded submission to a challenge.
public struct Attempt: Codable, Sendable, Equatable {
    public var challengeID: String
    public var engine: String
    public var verdict: Verdict
    public var submittedAt: Date
    /// Total time the submission ran across all datasets, in milliseconds.
    public var milliseconds: Double
    public var code: String

    public init(challengeID: String, engine: String, verdict: Verdict, submittedAt: Date, milliseconds: Double, code: String) {
        self.challengeID = challengeID
        self.engine = engine
        self.verdict = verdict
        self.submittedAt = submittedAt
        self.milliseconds = milliseconds
        self.code = code
    }
}

/// Every submission a user made, so solved state and history survive restarts.
public protocol AttemptStore: Sendable {
    func record(_ attempt: Attempt) async throws(StorageError)
    /// Newest first.
    func attempts(for challengeID: String) async throws(StorageError) -> [Attempt]
    /// Challenges with at least one accepted attempt.
    func solvedChallengeIDs() async throws(StorageError) -> Set<String>
    /// Challenges with at least one attempt.
    func attemptedChallengeIDs() async throws(StorageError) -> Set<String>
}

/// When each challenge was first accepted: the plan counts a challenge done from that day.
public protocol AcceptanceHistoryReading: Sendable {
    func firstAcceptances() async throws(StorageError) -> [String: Date]
}
