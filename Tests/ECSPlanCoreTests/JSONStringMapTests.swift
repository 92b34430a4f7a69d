import Foundation
import Testing
@testable import ECSPlanCore

/// Container-instance attributes as the local state keeps them, read without
/// JSONDecoder; what the scanner declines is left to JSONDecoder.
@Suite struct JSONStringMapTests {
    @Test func readsWhatJSONEncoderWrote() throws {
        let attributes = [
            "ecs.availability-zone": "us-east-1a", "ecs.instance-type": "m5.8xlarge",
            "stack": "blue \"green\" / é ✓", "empty": "",
        ]
        let text = String(decoding: try JSONEncoder().encode(attributes), as: UTF8.self)
        #expect(JSONStringMap.decode(text) == attributes)
        #expect(JSONStringMap.decode("{}") == [:])
        #expect(JSONStringMap.decode(" { \"a\" : \"b\" } ") == ["a": "b"])
    }

    @Test func declinesWhatIsNotAnObjectOfStrings() {
        for text in ["", "null", "[]", "{\"a\": 1}", "{\"a\": null}", "{\"a\": \"b\"", "{\"a\": \"b\"} x"] {
            #expect(JSONStringMap.decode(text) == nil, "\(text)")
        }
    }
}
