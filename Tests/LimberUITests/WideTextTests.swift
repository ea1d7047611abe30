import LimberCore
import LimberTestSupport
import Testing
@testable import LimberUI

/// Text takes the cells it takes on a terminal: a CJK name two per character, an emoji two, a
/// combining accent none. Counting one cell per scalar pushed every column after it out of line.
@Suite struct WideTextTests {
    /// "Seated cat-cow" in Japanese, with an emoji and an accent made of `e` + U+0301.
    static let name = "座って猫と牛 🐈 cafe\u{301}"

    static func breakWithWideName() -> Timeline {
        var exercise = FixtureExercises.hold
        exercise.name = name
        exercise.steps = ["背中を丸めて、ゆっくり反らす。Roll the back, then arch it: slowly, cafe\u{301} style."]
        var t = Timeline(TimerSettings(interval: 60, breakLength: 60), library: [exercise])
        t.at(60)
        t.at(60, .startBreak)
        t.at(65)
        return t
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func theBreakScreenWithAWideName(size: Size) {
        let canvas = ScreenFixtures.render(Self.breakWithWideName(), size)
        Golden.check(canvas, "wide-text-\(size.width)x\(size.height)")
        // Every row takes exactly the pane's width: nothing after the name is pushed along.
        for y in 0..<canvas.height {
            #expect(DisplayWidth.of(String(canvas.rowScalars(y))) == canvas.width, "row \(y): \(canvas.lines[y])")
        }
        #expect(canvas.text.contains("座って猫と牛"), "\(canvas.text)")
    }

    @Test func widthsComeFromTheCLibrary() {
        #expect(DisplayWidth.of("猫") == 2 && DisplayWidth.of("🐈") == 2 && DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("sitting · ⠿█─") == 13)
        #expect(DisplayWidth.prefix("猫と牛", cells: 5) == "猫と")
    }

    @Test func aWideCharacterIsNeverCutOrHalfOverwritten() {
        var canvas = Canvas(Size(width: 5, height: 1))
        canvas.put("ab猫猫", x: 0, y: 0)
        #expect(canvas.lines[0] == "ab猫") // the second would straddle the edge
        canvas.put("x", x: 3, y: 0) // over the second half of 猫
        #expect(canvas.lines[0] == "ab x")
        canvas.put("e\u{301}", x: 0, y: 0)
        #expect(canvas.lines[0] == "e\u{301}b x" && canvas[0, 0].mark == "\u{301}")
        #expect(Wrap.lines("猫と牛と犬", width: 4, breakingWords: true) == ["猫と", "牛と", "犬"])
        #expect(Wrap.lines("猫と 牛と犬", width: 4) == ["猫と", "牛と", "犬"])
    }
}
