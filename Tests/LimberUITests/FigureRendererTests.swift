import Foundation
import LimberCore
import LimberLibrary
import LimberTestSupport
import LimberUI
import Testing

/// The figure renderer: goldens of the four exercises the seed article names, at three pane
/// sizes and in ASCII, and rules every built-in keeps at every size.
@Suite struct FigureRendererTests {
    static let library = ExerciseLibrary.load(userDirectory: nil).exercises
    static let seed = ["standing-hamstring-stretch", "cat-cow", "bird-dog", "seated-marches"]

    static func exercise(_ id: String) -> Exercise { library.first { $0.id == id }! }

    /// Each key pose of an exercise as the player draws it in a pane of `size`, one under the other.
    static func keyPoses(_ exercise: Exercise, _ size: Size, _ style: FigureStyle) -> Canvas {
        let box = PlayerLayout(size, for: exercise.picture(exercise.keyPoses[0], side: nil)).figure!
        let poses = exercise.keyPoses
        var canvas = Canvas(Size(width: box.width, height: (box.height + 1) * poses.count))
        for (index, pose) in poses.enumerated() {
            let picture = exercise.picture(pose, side: exercise.sided ? .left : nil)!
            let image = FigureRenderer.render(picture, width: box.width, height: box.height, style: style)
            canvas.put(pose, x: 0, y: index * (box.height + 1))
            for (row, line) in image.lines.enumerated() { canvas.put(line, x: 0, y: index * (box.height + 1) + 1 + row) }
        }
        return canvas
    }

    @Test(arguments: seed)
    func seedExercisesKeyPoses(id: String) {
        for (name, size) in [("80x24", Size(width: 80, height: 24)), ("120x40", Size(width: 120, height: 40)),
                             ("40x12", Size(width: 40, height: 12))] {
            Golden.check(Self.keyPoses(Self.exercise(id), size, .braille), "figure-\(id)-\(name)")
        }
        Golden.check(Self.keyPoses(Self.exercise(id), Size(width: 80, height: 24), .ascii), "figure-\(id)-ascii-80x24")
    }

    /// The player's figure is at least 12 rows tall at 80×24 over its movement, unless the
    /// pane's width limits it (`FigureFit.widthBound`, the rule in `PlayerLayoutTests`), and
    /// larger at 120×40, for every built-in (wide floor figures go above the words; 40×12 is in
    /// `PlayerLayoutTests`).
    @Test func theFigureScalesWithThePane() {
        func rows(_ exercise: Exercise, _ width: Int, _ height: Int) -> Int {
            FigureFit.rows(exercise, size: Size(width: width, height: height)) ?? 0
        }
        for exercise in Self.library {
            let large = Size(width: 80, height: 24)
            #expect(rows(exercise, 80, 24) >= 12 || FigureFit.widthBound(exercise, size: large), "\(exercise.id) at 80x24")
            #expect(rows(exercise, 120, 40) > rows(exercise, 80, 24), "\(exercise.id) at 120x40")
        }
    }

    /// Every built-in pose, side and style fits its box, from 20×6 to 500×200, and draws something.
    @Test func everyBuiltInRendersInsideItsBox() {
        let sizes = [(20, 6), (24, 6), (40, 12), (33, 17), (80, 24), (120, 40), (200, 60), (500, 200)]
        for exercise in Self.library {
            for side in exercise.sides {
                for pose in exercise.keyPoses {
                    let picture = exercise.picture(pose, side: side)!
                    for (width, height) in sizes {
                        for style in FigureStyle.allCases {
                            let image = FigureRenderer.render(picture, width: width, height: height, style: style)
                            #expect(image.width == width && image.height == height)
                            let lines = image.lines
                            #expect(lines.count == height && lines.allSatisfy { $0.unicodeScalars.count <= width })
                            let drawn = lines.joined().unicodeScalars.filter { $0 != " " }
                            #expect(drawn.count > width / 4, "\(exercise.id) \(pose) \(width)x\(height) \(style) is nearly empty")
                            let ascii = drawn.allSatisfy { $0.isASCII }
                            let braille = drawn.allSatisfy { $0.value >= 0x2800 && $0.value <= 0x28FF }
                            if style == .ascii { #expect(ascii) }
                            if style == .braille { #expect(braille) }
                        }
                    }
                    if case .drawing(let drawing, let bounds) = picture {
                        let inside = drawing.extremes.allSatisfy { point in
                            point.x >= bounds.minX && point.x <= bounds.maxX && point.y >= bounds.minY && point.y <= bounds.maxY
                        }
                        #expect(inside, "\(exercise.id) \(pose): the drawing inside the bounds the renderer fits to the box")
                    }
                    if case .figure(let figure, let props, let bounds) = picture {
                        let points = figure.points + props.flatMap(\.points)
                        let inside = points.allSatisfy { point in
                            point.x >= bounds.minX && point.x <= bounds.maxX && point.y >= bounds.minY && point.y <= bounds.maxY
                        }
                        #expect(inside, "\(exercise.id) \(pose): every joint inside the bounds the renderer fits to the box")
                    }
                }
            }
        }
    }

    /// The `figure` setting picks the style the player draws with; ASCII glyphs always mean ASCII.
    @Test func thePlayerDrawsInTheChosenStyle() {
        let t = ScreenFixtures.playing()
        Golden.check(ScreenFixtures.render(t, Size(width: 80, height: 24), figure: .blocks), "player-blocks-80x24")
        let ascii = ScreenFixtures.render(t, Size(width: 80, height: 24), glyphs: .ascii, figure: .braille)
        #expect(ascii.text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(Glyphs.ascii.figure(.braille).figure == .ascii)
        #expect(Glyphs.unicode.figure(.blocks).figure == .blocks)
        let blocks = ScreenFixtures.render(t, Size(width: 80, height: 24), figure: .blocks).text
        #expect(blocks.unicodeScalars.contains("▀") || blocks.unicodeScalars.contains("▄"))
        #expect(!blocks.unicodeScalars.contains { $0.value >= 0x2800 && $0.value <= 0x28FF })
    }

    @Test func aHandDrawnFrameIsCentredAndClipped() {
        let image = FigureRenderer.render(.frame([" o ", "/|\\"]), width: 7, height: 4, style: .braille)
        #expect(image.lines == ["", "   o", "  /|\\", ""])
        #expect(FigureRenderer.render(.frame(["abcdef"]), width: 3, height: 1, style: .ascii).lines == ["bcd"])
    }
}

/// docs/EXERCISES.md shows each built-in's key poses as `limber exercises show --pose` prints
/// them; this keeps the pictures in step with the poses.
@Suite struct ExerciseDocsFigureTests {
    static let docs = (try? String(contentsOf: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/EXERCISES.md"), encoding: .utf8)) ?? ""

    /// Each `$ limber exercises show ...` line in the document, with the lines printed under it.
    static func commands() -> [(arguments: [String], output: [String])] {
        var result: [(arguments: [String], output: [String])] = []
        var inBlock = false
        for line in docs.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") { inBlock = line == "```text"; continue }
            guard inBlock else { continue }
            if line.hasPrefix("$ limber ") {
                result.append((line.dropFirst(9).split(separator: " ").map(String.init), []))
            } else if !result.isEmpty {
                result[result.count - 1].output.append(line)
            }
        }
        return result
    }

    static func option(_ name: String, _ arguments: [String]) -> String? {
        arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }

    @Test func theDocumentedPosesMatchWhatTheCommandPrints() throws {
        let commands = Self.commands()
        #expect(commands.count >= 24)
        for (arguments, output) in commands {
            #expect(Array(arguments.prefix(2)) == ["exercises", "show"])
            let exercise = try #require(FigureRendererTests.library.first { $0.id == arguments[2] })
            let pose = try #require(Self.option("--pose", arguments))
            let size = try #require(Self.option("--size", arguments)).split(separator: "x").compactMap { Int($0) }
            let style = try #require(FigureStyle(rawValue: Self.option("--figure", arguments) ?? ""))
            let side = Self.option("--side", arguments).flatMap(Side.init(rawValue:))
            let printed = ExercisePreview.still(exercise, pose: pose, side: side ?? (exercise.sided ? .left : nil),
                                                size: Size(width: size[0], height: size[1]), style: style)
            #expect(printed == output, "docs/EXERCISES.md is out of date for \(arguments.joined(separator: " ")); paste in the output of scripts/exercise-poses.sh \(exercise.id)")
        }
        for exercise in FigureRendererTests.library {
            for pose in exercise.keyPoses {
                #expect(commands.contains { $0.arguments[2] == exercise.id && Self.option("--pose", $0.arguments) == pose },
                        "docs/EXERCISES.md shows \(exercise.id) \(pose)")
            }
        }
    }
}
