/// A tiny seedable random number generator, so fuzzed schedules can be reproduced in tests and replays.
///
/// SplitMix64 (Steele, Lea and Flood) passes BigCrush, needs one word of state and cannot get stuck,
/// which is all interval fuzz asks for. It is not cryptographic.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        // A Weyl sequence (odd increment, so every state is visited) scrambled by two xor-shift-multiply rounds.
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
