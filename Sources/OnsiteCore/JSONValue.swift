import Foundation

/// A JSON value: Python challenge arguments, expected values and the values a submission returns.
public indirect enum JSONValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Keys keep their written order: Python dicts are ordered, and a function may depend on it.
    case object(JSONObject)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int64.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else {
            // Decoded objects (results) are compared without regard to order; sort keys for stable display.
            let dictionary = try container.decode([String: JSONValue].self)
            self = .object(JSONObject(dictionary.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value.dictionary)
        }
    }

    /// Compact JSON text that keeps object key order and writes floats with a point (2.0, not 2), so Python
    /// receives exactly the types and order the content declares.
    public var jsonText: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .number(let value):
            guard value.isFinite else { return "null" }
            let text = "\(value)"
            return text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) ? text : text + ".0"
        case .string(let value): return Self.quote(value)
        case .array(let values): return "[" + values.map(\.jsonText).joined(separator: ", ") + "]"
        case .object(let object):
            return "{" + object.pairs.map { Self.quote($0.key) + ": " + $0.value.jsonText }.joined(separator: ", ") + "}"
        }
    }

    /// The same value as a Python literal (None/True/False), which the harness can read without importing json.
    public var pythonLiteral: String {
        switch self {
        case .null: return "None"
        case .bool(let value): return value ? "True" : "False"
        case .integer, .number, .string: return jsonText
        case .array(let values): return "[" + values.map(\.pythonLiteral).joined(separator: ", ") + "]"
        case .object(let object):
            return "{" + object.pairs.map { Self.quote($0.key) + ": " + $0.value.pythonLiteral }.joined(separator: ", ") + "}"
        }
    }

    public static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let c where c.value < 0x20: result += String(format: "\\u%04x", c.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Compact JSON, the way Python's json.dumps would show it, for diffs.
    public var description: String { jsonText }

    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }
}

/// A JSON object whose keys keep their order.
public struct JSONObject: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    public private(set) var pairs: [(key: String, value: JSONValue)]

    public init(_ pairs: [(String, JSONValue)]) {
        var seen: Set<String> = []
        self.pairs = pairs.filter { seen.insert($0.0).inserted }.map { (key: $0.0, value: $0.1) }
    }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }

    public subscript(key: String) -> JSONValue? {
        pairs.first { $0.key == key }?.value
    }

    public var keys: [String] { pairs.map(\.key) }
    public var values: [JSONValue] { pairs.map(\.value) }
    public var count: Int { pairs.count }
    public var isEmpty: Bool { pairs.isEmpty }
    public var dictionary: [String: JSONValue] { Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }) }

    /// Equal when they hold the same keys and values, in any order (as Python dicts compare).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.dictionary == rhs.dictionary
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(dictionary)
    }
}
