import Foundation
import OnsiteCore
import Testing

@Suite("Mock interview agenda and picking")
struct MockAgendaTests {
    @Test("the full loop follows the seed's two-hour agenda")
    func fullAgenda() {
        let agenda = MockAgenda.standard(.full)
        #expect(agenda.segments.map(\.startLabel) == ["0:00", "0:05", "0:35", "1:05", "1:35", "1:55"])
        #expect(agenda.segments.map(\.activity) == [.introduction, .coding, .questions, .systemDesign, .behavioral, .closing])
        #expect(agenda.totalMinutes == 120)
    }

    @Test("every agenda runs without gaps or overlaps", arguments: MockFormat.allCases)
    func contiguous(_ format: MockFormat) {
        let segments = MockAgenda.standard(format).segments
        #expect(segments.first?.startMinute == 0)
        for (earlier, later) in zip(segments, segments.dropFirst()) {
            #expect(later.startMinute == earlier.startMinute + earlier.minutes, "\(format) \(later.title)")
        }
        #expect(segments.allSatisfy { $0.minutes > 0 && $0.items > 0 })
    }

    @Test("each activity has four written criteria")
    func rubric() {
        for activity in MockActivity.allCases {
            let levels = MockRubric.levels(for: activity)
            #expect(levels.map(\.score) == [1, 2, 3, 4])
            #expect(Set(levels.map(\.criteria)).count == 4, "\(activity)")
        }
    }

    @Test("weak items come first, then the unseen and least recent; recently seen ones wait")
    func picking() {
        let now = Date(timeIntervalSince1970: 1_000_000_000)
        let day = 86_400.0
        let evidence: [String: MockPicker.Evidence] = [
            "weak-old": .init(weakness: 0.8, lastSeen: now - 10 * day),
            "weak-yesterday": .init(weakness: 0.9, lastSeen: now - day),
            "solid-old": .init(weakness: 0, lastSeen: now - 20 * day),
            "solid-recent": .init(weakness: 0, lastSeen: now - 5 * day),
        ]
        let ids = ["solid-recent", "unseen", "solid-old", "weak-yesterday", "weak-old"]
        let picker = MockPicker()
        #expect(picker.pick(3, from: ids, evidence: evidence, now: now) == ["weak-old", "unseen", "solid-old"])
        // Only when nothing rested is left does a just-seen item come back.
        #expect(picker.pick(5, from: ids, evidence: evidence, now: now).last == "weak-yesterday")
        #expect(picker.pick(0, from: ids, evidence: evidence, now: now).isEmpty)
    }
}
