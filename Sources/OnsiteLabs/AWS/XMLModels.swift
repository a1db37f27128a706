import Foundation
import OnsiteCore
import XMLCoder

/// AWS errors in XML: S3's `<Error>` and the Query protocol's `<ErrorResponse><Error>`.
enum XMLErrors {
    struct Body: Decodable {
        var Code: String?
        var Message: String?
    }

    struct Wrapped: Decodable {
        var Error: Body?
    }

    static func error(from response: AWSClient.Response) -> AWSClientError {
        let decoder = XMLDecoder()
        var code = response.headers["x-amzn-errortype"] ?? "HTTP\(response.status)"
        var message = ""
        if let wrapped = try? decoder.decode(Wrapped.self, from: response.body), let body = wrapped.Error, body.Code != nil {
            code = body.Code ?? code
            message = body.Message ?? ""
        } else if let body = try? decoder.decode(Body.self, from: response.body), let found = body.Code {
            code = found
            message = body.Message ?? ""
        } else if response.status == 404 {
            code = "NotFound"
        }
        return .service(code: code, message: message, status: response.status)
    }
}

/// Typed S3 and Query-protocol answers, decoded with XMLCoder. Element names are AWS's own, so each property is
/// named as the API documents it; the checks read them back through the same names as JSON.
enum S3XML {
    struct Versioning: Codable {
        var Status: String?
        var MFADelete: String?
    }

    struct Encryption: Codable {
        struct Rule: Codable {
            struct Default: Codable {
                var SSEAlgorithm: String?
                var KMSMasterKeyID: String?
            }

            var ApplyServerSideEncryptionByDefault: Default?
            var BucketKeyEnabled: Bool?
        }

        var Rule: [Rule]?
    }

    struct PublicAccessBlock: Codable {
        var BlockPublicAcls: Bool?
        var IgnorePublicAcls: Bool?
        var BlockPublicPolicy: Bool?
        var RestrictPublicBuckets: Bool?
    }

    struct Lifecycle: Codable {
        struct Rule: Codable {
            struct Filter: Codable {
                var Prefix: String?
            }

            struct Transition: Codable {
                var Days: Int?
                var StorageClass: String?
            }

            struct NoncurrentTransition: Codable {
                var NoncurrentDays: Int?
                var StorageClass: String?
            }

            struct Expiration: Codable {
                var Days: Int?
            }

            struct NoncurrentExpiration: Codable {
                var NoncurrentDays: Int?
            }

            var ID: String?
            var Status: String?
            var Prefix: String?
            var Filter: Filter?
            var Transition: [Transition]?
            var NoncurrentVersionTransition: [NoncurrentTransition]?
            var Expiration: Expiration?
            var NoncurrentVersionExpiration: NoncurrentExpiration?
        }

        var Rule: [Rule]?
    }

    struct ObjectList: Codable {
        struct Object: Codable {
            var Key: String
            var Size: Int?
            var StorageClass: String?
        }

        var Name: String?
        var KeyCount: Int?
        var Contents: [Object]?
    }

    struct Notification: Codable {
        struct FilterRule: Codable {
            var Name: String?
            var Value: String?
        }

        struct KeyFilter: Codable {
            var FilterRule: [FilterRule]?
        }

        struct Filter: Codable {
            var S3Key: KeyFilter?
        }

        struct Queue: Codable {
            var Id: String?
            var Queue: String?
            var Event: [String]?
            var Filter: Filter?
        }

        struct Topic: Codable {
            var Id: String?
            var Topic: String?
            var Event: [String]?
            var Filter: Filter?
        }

        var QueueConfiguration: [Queue]?
        var TopicConfiguration: [Topic]?
    }

    struct BucketList: Codable {
        struct Buckets: Codable {
            struct Bucket: Codable {
                var Name: String
            }

            var Bucket: [Bucket]?
        }

        var Buckets: Buckets?
    }
}

/// Typed answers of the Query-protocol calls the checks make (IAM, SNS, CloudWatch).
enum QueryXML {
    struct GetRole: Codable {
        struct Result: Codable {
            struct Role: Codable {
                var RoleName: String
                var Arn: String?
                var AssumeRolePolicyDocument: String?
            }

            var Role: Role
        }

        var GetRoleResult: Result
    }

    struct GetRolePolicy: Codable {
        struct Result: Codable {
            var RoleName: String?
            var PolicyName: String?
            var PolicyDocument: String
        }

        var GetRolePolicyResult: Result
    }

    struct ListRolePolicies: Codable {
        struct Result: Codable {
            struct Names: Codable {
                var member: [String]?
            }

            var PolicyNames: Names?
        }

        var ListRolePoliciesResult: Result
    }

    struct ListAttachedRolePolicies: Codable {
        struct Result: Codable {
            struct Attached: Codable {
                struct Member: Codable {
                    var PolicyName: String?
                    var PolicyArn: String?
                }

                var member: [Member]?
            }

            var AttachedPolicies: Attached?
        }

        var ListAttachedRolePoliciesResult: Result
    }

    struct ListSubscriptionsByTopic: Codable {
        struct Result: Codable {
            struct Subscriptions: Codable {
                struct Member: Codable {
                    var `protocol`: String?
                    var Endpoint: String?
                    var TopicArn: String?

                    enum CodingKeys: String, CodingKey {
                        case `protocol` = "Protocol", Endpoint, TopicArn
                    }
                }

                var member: [Member]?
            }

            var Subscriptions: Subscriptions?
        }

        var ListSubscriptionsByTopicResult: Result
    }

    struct ListTopics: Codable {
        struct Result: Codable {
            struct Topics: Codable {
                struct Member: Codable {
                    var TopicArn: String
                }

                var member: [Member]?
            }

            var Topics: Topics?
        }

        var ListTopicsResult: Result
    }

    struct DescribeAlarms: Codable {
        struct Result: Codable {
            struct Alarms: Codable {
                struct Member: Codable {
                    struct Actions: Codable {
                        var member: [String]?
                    }

                    var AlarmName: String
                    var MetricName: String?
                    var Namespace: String?
                    var Statistic: String?
                    var Period: Int?
                    var EvaluationPeriods: Int?
                    var Threshold: Double?
                    var ComparisonOperator: String?
                    var AlarmActions: Actions?
                }

                var member: [Member]?
            }

            var MetricAlarms: Alarms?
        }

        var DescribeAlarmsResult: Result
    }
}

extension XMLDecoder {
    /// Decodes a typed answer and hands it back as plain JSON values, the shape the checks read.
    static func jsonValue<T: Codable>(_ type: T.Type, from data: Data) throws(AWSClientError) -> JSONValue {
        do {
            let decoded = try XMLDecoder().decode(T.self, from: data)
            let json = try JSONEncoder().encode(decoded)
            return try JSONDecoder().decode(JSONValue.self, from: json)
        } catch {
            throw .malformed("\(T.self): \(error)")
        }
    }
}
