import LimberCore
import LimberLibrary
@testable import LimberUI
import Testing

/// Every built-in fits the player's figure box at every pane size from 40×12 to 200×60, over
/// its whole movement, and keeps at least 12 rows at 80×24 unless the pane's width limits it;
/// `--print` says truly how the other
/// side is drawn; an exercise done once has no side to choose.
@Suite struct FigureFitTests {
    static let library = ExerciseLibrary.load(userDirectory: nil).exercises

    @Test(arguments: BuiltinExercises.files.map(\.name))
    func everyBuiltInFitsAtEverySize(file: String) throws {
        let id = String(file.dropLast(".toml".count))
        let exercise = try #require(Self.library.first { $0.id == id })
        #expect(FigureFit.problems(exercise) == [])
        let large = Size(width: 80, height: 24)
        #expect((FigureFit.rows(exercise, size: large) ?? 0) >= FigureFit.rowsAt80x24 || FigureFit.widthBound(exercise, size: large))
    }

    /// The check itself: a movement reaching past the box the poses span is found at the size
    /// and by the dots it overflows; one inside is not.
    @Test func aFigureReachingPastItsBoxIsFound() {
        let bounds = Bounds(minX: 0, minY: 0, maxX: 1, maxY: 1)
        let box = PlayerLayout.Box(x: 1, y: 2, width: 43, height: 19)
        #expect((FigureFit.overflow(Bounds(minX: 0.01, minY: 0.01, maxX: 0.99, maxY: 0.99), bounds: bounds, box: box) ?? 1) <= 0)
        #expect((FigureFit.overflow(Bounds(minX: 0, minY: -0.1, maxX: 1, maxY: 1), bounds: bounds, box: box) ?? 0) >= 3)
    }

    @Test func thePrintedSideNoteIsTrue() throws {
        let marches = try #require(Self.library.first { $0.id == "seated-marches" })
        let hamstring = try #require(Self.library.first { $0.id == "standing-hamstring-stretch" })
        let printed = ExercisePreview.phases(hamstring, side: .left, size: Size(width: 80, height: 24), style: .ascii)
        #expect(!printed.contains("mirror image"))
        #expect(printed.contains("Left side shown; on the right side the right limbs do the movement"))
        // Marches are done once, lifting each knee in turn: --side picks nothing.
        let size = Size(width: 80, height: 24)
        #expect(ExercisePreview.still(marches, pose: "left-knee-up", side: .right, size: size, style: .braille)
            == ExercisePreview.still(marches, pose: "left-knee-up", side: nil, size: size, style: .braille))
    }
}
