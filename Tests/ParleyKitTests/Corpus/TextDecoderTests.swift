import Foundation
import XCTest
@testable import ParleyKit

final class TextDecoderTests: XCTestCase {
    func testUTF8WithBOM() throws {
        let decoded = try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("héllo".utf8)))
        XCTAssertEqual(decoded.text, "héllo")
        XCTAssertEqual(decoded.invalidSequences, 0)
    }

    func testUTF16WithBOM() throws {
        var le: [UInt8] = [0xFF, 0xFE]
        for unit in "Привет".utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        XCTAssertEqual(try TextDecoder.decode(Data(le)).text, "Привет")
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in "Hi 🤝".utf16 { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let decoded = try TextDecoder.decode(Data(be))
        XCTAssertEqual(decoded.text, "Hi 🤝")
        XCTAssertEqual(decoded.encoding, "UTF-16BE")
    }

    func testEachInvalidSequenceBecomesOneReplacementCharacter() throws {
        // The valid "àéî" (more bytes in valid UTF-8 than outside) makes the file UTF-8 with damage
        // rather than legacy text (CharsetDetector.plausibleLegacyText).
        let decoded = try TextDecoder.decode(Data(Array("àéî\nb".utf8) + [0xC3] + Array("c\n".utf8) + [0xFF, 0xFE] ))
        XCTAssertEqual(decoded.firstInvalidLine, 2)
        XCTAssertGreaterThanOrEqual(decoded.invalidSequences, 2)
        XCTAssertTrue(decoded.text.hasPrefix("àéî\nb\u{FFFD}c\n"))
    }

    func testBinaryIsRejected() {
        XCTAssertThrowsError(try TextDecoder.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])))
        XCTAssertThrowsError(try TextDecoder.decode(Data(Array(repeating: UInt8(0x01), count: 100))))
        XCTAssertNoThrow(try TextDecoder.decode(Data("plain\ttext\r\n".utf8)))
    }
}
