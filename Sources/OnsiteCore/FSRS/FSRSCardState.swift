/// Where a card is in its life: working through the learning steps, on day-scale review intervals,
/// or working back through the relearning steps after a lapse.
///
/// Raw values are the lower-case names the replay JSON prints.
public enum FSRSCardState: String, Sendable, Codable, CaseIterable {
    case learning
    case review
    case relearning
}
