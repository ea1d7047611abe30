import Foundation
import LimberCore
import LimberTestSupport
import Testing

/// The C-library day clock must agree with Foundation's calendar in the local time zone.
@Suite struct SystemDayClockTests {
    @Test func agreesWithFoundationHourByHourOverAYear() {
        let system = SystemDayClock()
        let foundation = CalendarDays(Calendar.current)
        var date = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01 UTC
        for _ in 0..<(366 * 24) {
            let day = system.day(of: date)
            #expect(day == foundation.day(of: date))
            #expect(system.start(of: day) == foundation.start(of: day))
            date.addTimeInterval(3600)
        }
    }

    @Test func dayTextIsISO() {
        #expect(LocalDay(year: 2026, month: 3, day: 7).description == "2026-03-07")
    }
}
