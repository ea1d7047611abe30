/// A day drawn as a strip of columns: each column is a slice of the day, showing the kind of
/// time that filled most of it (nil where nothing was recorded).
public enum DayStrip {
    public static func columns(_ count: Int, spans: [Span], from start: Date, to end: Date) -> [Activity?] {
        guard count > 0, end > start else { return [] }
        let slice = end.timeIntervalSince(start) / Double(count)
        var totals = Array(repeating: [Activity: Double](), count: count)
        for span in spans where span.seconds > 0 {
            let from = max(span.start, start), to = min(span.end, end)
            guard to > from else { continue }
            var column = Int(saturating: from.timeIntervalSince(start) / slice)
            while column < count {
                let columnStart = start.addingTimeInterval(Double(column) * slice)
                let columnEnd = columnStart.addingTimeInterval(slice)
                let overlap = min(columnEnd, to).timeIntervalSince(max(columnStart, from))
                if overlap > 0 { totals[column][span.activity, default: 0] += overlap }
                guard columnEnd < to else { break }
                column += 1
            }
        }
        return totals.map { column in
            // Ties go to the more active kind, so a short break is not hidden by sitting.
            column.filter { $0.value >= slice * 0.2 }
                .max { a, b in a.value < b.value || (a.value == b.value && a.key.rawValue > b.key.rawValue) }?.key
        }
    }
}
