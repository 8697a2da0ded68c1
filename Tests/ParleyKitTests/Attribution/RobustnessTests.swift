import XCTest
@testable import ParleyKit

/// Random mixes of words, quote marks, dashes, colons and line breaks never crash the stage,
/// and every span it returns lies inside the text.
final class RobustnessTests: XCTestCase {
    func testRandomTextNeverCrashesAndSpansStayInside() {
        let pieces = ["said", "Tom Berg", "he", "she", "“", "”", "\"", "«", "»", "‘", "’", "—", "-", ":", ",", ".", "?", "\n",
                      "according to", "the minister", "told", "reporters", "that", "Mr", "A senior official", "saying",
                      "was announced by", "This", "taxes rise", "Ana Ruiz", "(", ")", "'s", "and", " "]
        var generator = SplitMix(seed: 42)
        for _ in 0..<2000 {
            var s = ""
            for _ in 0..<Int(generator.next() % 40) {
                s += pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 3 != 0 { s += " " }
            }
            let a = Analyzed(s)
            let count = a.text.count
            for st in a.statements {
                for span in st.contentSpans + [st.cueSpan, st.source?.span].compactMap({ $0 }) {
                    XCTAssertTrue(span.start >= 0 && span.end <= count && !span.isEmpty, "span \(span) in \(s.debugDescription)")
                }
            }
            for m in a.result.mentions { XCTAssertTrue(m.span.end <= count, "mention \(m.span) in \(s.debugDescription)") }
        }
    }
}

/// A small deterministic generator (SplitMix64), so the test is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
