import LimberCore
import Testing

/// Text on its way to a terminal: ASCII stand-ins for a C locale, paths from `~`.
@Suite struct MessageTextTests {
    @Test func glyphsFoldToTheirASCIIStandIns() {
        #expect(ASCIIText.folded("sitting 1:00 \u{00B7} break in 5:00") == "sitting 1:00 - break in 5:00")
        #expect(ASCIIText.folded("Cat-cow \u{00D7}2, cut\u{2026} \u{2190} \u{2192}") == "Cat-cow x2, cut... < >")
        #expect(ASCIIText.folded("\u{00FC}ber \u{1F600}") == "?ber ?")
        #expect(ASCIIText.folded("plain text") == "plain text")
    }

    @Test func pathsUnderHomeStartWithATilde() {
        let home = "/home/ana"
        #expect(HomePath.abbreviated("see /home/ana/.local/state/limber/hooks.log", home: home) == "see ~/.local/state/limber/hooks.log")
        #expect(HomePath.abbreviated("'/home/ana/x' and /home/ana/y", home: home + "/") == "'~/x' and ~/y")
        #expect(HomePath.abbreviated("in /home/ana", home: home) == "in ~")
        // Not a path under home: another user whose name starts the same, or home in the middle of a path.
        #expect(HomePath.abbreviated("/home/anabel/x", home: home) == "/home/anabel/x")
        #expect(HomePath.abbreviated("/mnt/home/ana/x", home: home) == "/mnt/home/ana/x")
        #expect(HomePath.abbreviated("/x/y", home: "/") == "/x/y")
        #expect(HomePath.abbreviated("/x/y", home: nil) == "/x/y")
    }
}
