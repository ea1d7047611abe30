import LimberCore

/// The library as aligned columns: id, name, where, dose, the least a break plays of it, what
/// it helps.
public enum ExerciseTable {
    public static func text(_ exercises: [Exercise]) -> String {
        let header = ["ID", "NAME", "WHERE", "DOSE", "AT LEAST", "HELPS"]
        let rows = exercises.sorted { $0.id < $1.id }.map { exercise in
            [exercise.id, exercise.name, place(exercise), dose(exercise.dose, exercise), dose(exercise.minimumDose, exercise),
             exercise.helps.map(\.title).joined(separator: ", ")]
                .map(SafeText.escaped) // names come from exercise files
        }
        let widths = (0..<header.count).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func place(_ exercise: Exercise) -> String {
        exercise.deskVariant.map { "\(exercise.place.rawValue) (desk: \($0))" } ?? exercise.place.rawValue
    }

    static func dose(_ dose: Dose, _ exercise: Exercise) -> String {
        dose.summary + (exercise.sided ? " a side" : "")
    }
}
