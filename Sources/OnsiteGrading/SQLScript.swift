import Foundation

/// Splits a trusted SQL script (a challenge's schema or data) into statements, for drivers that run one at a time.
/// Semicolons inside quotes, identifiers and comments do not split.
enum SQLScript {
    static func statements(in script: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var iterator = Array(script).makeIterator()
        var pending: Character?
        func next() -> Character? {
            if let character = pending { pending = nil; return character }
            return iterator.next()
        }
        while let character = next() {
            switch character {
            case "'", "\"":
                current.append(character)
                while let inner = next() {
                    current.append(inner)
                    guard inner == character else { continue }
                    // A doubled quote is an escaped quote, not the end.
                    if let following = next() {
                        if following == character {
                            current.append(following)
                            continue
                        }
                        pending = following
                    }
                    break
                }
            case "-":
                if let following = next() {
                    if following == "-" {
                        while let inner = next(), inner != "\n" {}
                        current.append("\n")
                    } else {
                        current.append(character)
                        pending = following
                    }
                } else {
                    current.append(character)
                }
            case "/":
                if let following = next() {
                    if following == "*" {
                        var previous: Character = " "
                        while let inner = next() {
                            if previous == "*" && inner == "/" { break }
                            previous = inner
                        }
                        current.append(" ")
                    } else {
                        current.append(character)
                        pending = following
                    }
                } else {
                    current.append(character)
                }
            case ";":
                let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { statements.append(trimmed) }
                current = ""
            default:
                current.append(character)
            }
        }
        let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { statements.append(trimmed) }
        return statements
    }
}

/// Public face of the splitter, for tools and tests.
public enum SQLScriptSplitter {
    public static func statements(in script: String) -> [String] {
        SQLScript.statements(in: script)
    }
}
