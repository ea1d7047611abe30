/// How skeleton figures are drawn: braille dots (2 × 4 to a cell, the finest), half blocks
/// (1 × 2), or plain ASCII line characters for terminals without Unicode.
public enum FigureStyle: String, Sendable, Equatable, CaseIterable {
    case braille, blocks, ascii
}
