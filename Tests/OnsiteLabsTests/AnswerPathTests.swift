import Foundation
import OnsiteCore
@testable import OnsiteLabs
import Testing

/// Paths and conditions over answers shaped like AWS's: lists walked through, single values as lists of one,
/// JSON held in text read as JSON.
@Suite("Lab answer paths")
struct AnswerPathTests {
    static func json(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    static let lifecycle = """
        {"Rule": [{"ID": "raw", "Filter": {"Prefix": "raw/"}, "Transition": [{"Days": 30, "StorageClass": "STANDARD_IA"},
                  {"Days": 90, "StorageClass": "GLACIER"}]},
                  {"ID": "tmp", "Expiration": {"Days": 1}}]}
        """

    @Test("wildcards walk every element, and a field name walks through lists")
    func wildcards() throws {
        let answer = try Self.json(Self.lifecycle)
        #expect(AnswerPath.values(at: "Rule[*].Transition[*].StorageClass", in: answer).compactMap(AnswerPath.text) == ["STANDARD_IA", "GLACIER"])
        #expect(AnswerPath.values(at: "Rule.Transition.Days", in: answer).compactMap(AnswerPath.text) == ["30", "90"])
        #expect(AnswerPath.values(at: "Rule[1].ID", in: answer).compactMap(AnswerPath.text) == ["tmp"])
        #expect(AnswerPath.values(at: "Rule[5].ID", in: answer).isEmpty)
        #expect(AnswerPath.values(at: "Nothing.Here", in: answer).isEmpty)
    }

    @Test("a policy document in text is read as JSON, and a single Action counts like a list of one")
    func policyDocuments() throws {
        let answer = JSONValue.object(["PolicyDocument": .string(#"{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": ["arn:aws:s3:::lake/raw/*"]}, {"Effect": "Allow", "Action": ["s3:PutObject"], "Resource": "arn:aws:s3:::lake/curated/*"}]}"#)])
        #expect(AnswerPath.values(at: "PolicyDocument.Statement[*].Action[*]", in: answer).compactMap(AnswerPath.text) == ["s3:GetObject", "s3:PutObject"])
        let noWildcard = LabExpectation(path: "PolicyDocument.Statement[*].Action[*]", condition: .noneEqual("*"))
        #expect(noWildcard.evaluate(on: answer).passed)
        let wildcard = JSONValue.object(["PolicyDocument": .string(#"{"Statement": {"Action": "*", "Resource": "*"}}"#)])
        #expect(!noWildcard.evaluate(on: wildcard).passed)
    }

    @Test("each condition passes and fails where it should", arguments: [
        (LabExpectation.Condition.equals("GLACIER"), true), (.equals("glacier"), false),
        (.noneEqual("DEEP_ARCHIVE"), true), (.noneEqual("GLACIER"), false),
        (.contains("IA"), true), (.noneContain("IA"), false),
        (.matches("^(GLACIER|DEEP_ARCHIVE)$"), true), (.matches("^ONEZONE"), false),
        (.countAtLeast(2), true), (.countAtLeast(3), false),
        (.exists(true), true), (.exists(false), false),
    ])
    func storageClassConditions(condition: LabExpectation.Condition, passes: Bool) throws {
        let expectation = LabExpectation(path: "Rule[*].Transition[*].StorageClass", condition: condition)
        #expect(expectation.evaluate(on: try Self.json(Self.lifecycle)).passed == passes)
    }

    @Test("number bounds read numbers, and booleans compare as true and false")
    func numbersAndBooleans() throws {
        let answer = try Self.json(Self.lifecycle)
        #expect(LabExpectation(path: "Rule[*].Transition[*].Days", condition: .atLeast(90)).evaluate(on: answer).passed)
        #expect(!LabExpectation(path: "Rule[*].Transition[*].Days", condition: .atLeast(91)).evaluate(on: answer).passed)
        #expect(LabExpectation(path: "Rule[*].Expiration.Days", condition: .atMost(1)).evaluate(on: answer).passed)
        let flags = try Self.json(#"{"BlockPublicAcls": true, "IgnorePublicAcls": false}"#)
        #expect(LabExpectation(path: "BlockPublicAcls", condition: .equals("true")).evaluate(on: flags).passed)
        #expect(!LabExpectation(path: "IgnorePublicAcls", condition: .equals("true")).evaluate(on: flags).passed)
    }

    @Test("a parameter can name a value an earlier check found")
    func references() throws {
        let call = LabCall(service: "kms", operation: "GetKeyRotationStatus", parameters: ["KeyId": "{{key.KeyMetadata.KeyId}}"])
        let earlier = ["key": try Self.json(#"{"KeyMetadata": {"KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab"}}"#)]
        #expect(LabChecker.resolve(call, earlier: earlier).call.parameters["KeyId"] == "1234abcd-12ab-34cd-56ef-1234567890ab")
        #expect(LabChecker.resolve(call, earlier: [:]).missing?.contains("the check key") == true)
    }
}
