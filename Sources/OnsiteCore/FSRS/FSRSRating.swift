/// How well the learner recalled a card, the four buttons of FSRS.
///
/// The raw values are the ones py-fsrs and the replay JSON use, and the formulas use them as numbers
/// (for example `rating - 3` in the difficulty update), so they are part of the model, not just labels.
public enum FSRSRating: Int, Sendable, Codable, CaseIterable {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4

    /// Hard, Good and Easy are all successful recalls; only Again is a lapse.
    public var isRecall: Bool { self != .again }

    /// The button label, as Anki names it.
    public var name: String {
        switch self {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }
}
