import Foundation
import OnsiteCore

/// The candidate's STAR stories. `save` inserts or replaces by id, atomically.
public protocol StoryStore: Sendable {
    /// Oldest first: the order they were written in.
    func stories() async throws(StorageError) -> [STARStory]
    func story(id: String) async throws(StorageError) -> STARStory?
    func save(_ story: STARStory) async throws(StorageError)
    /// True when a story was deleted.
    func delete(id: String) async throws(StorageError) -> Bool
    /// Adds the sample story the first time the bank is opened, and never again: a deleted sample stays deleted.
    func seedSampleIfNeeded(_ sample: STARStory) async throws(StorageError)
}

/// The checklist boxes the candidate ticked by hand.
public protocol ChecklistStore: Sendable {
    func tickedItems() async throws(StorageError) -> Set<String>
    func setTicked(_ itemID: String, _ ticked: Bool, at date: Date) async throws(StorageError)
}

/// The study plan, one per user, kept whole.
public protocol PlanStore: Sendable {
    func plan() async throws(StorageError) -> StudyPlan?
    func save(_ plan: StudyPlan) async throws(StorageError)
    func deletePlan() async throws(StorageError)
}

/// The AWS labs the candidate has passed (every check at once), with the first time each passed.
public protocol LabProgressStore: Sendable {
    func recordPass(of labID: String, at date: Date) async throws(StorageError)
    func passedLabs() async throws(StorageError) -> [String: Date]
}
