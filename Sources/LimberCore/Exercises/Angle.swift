/// The little trigonometry bones need, without Foundation: angles in radians.
public enum Angle {
    static let pi = Double.pi

    /// The direction of a vector, in -pi...pi.
    static func of(_ x: Double, _ y: Double) -> Double {
        // atan2 from a series for atan on |z| <= 1, folded into the other octants.
        if x == 0, y == 0 { return 0 }
        let ax = abs(x), ay = abs(y)
        var angle = ay <= ax ? atan(ay / ax) : pi / 2 - atan(ax / ay)
        if x < 0 { angle = pi - angle }
        return y < 0 ? -angle : angle
    }

    /// The turn from `a` to `b` the short way round, in -pi...pi.
    static func shortest(from a: Double, to b: Double) -> Double {
        var turn = (b - a).truncatingRemainder(dividingBy: 2 * pi)
        if turn > pi { turn -= 2 * pi }
        if turn < -pi { turn += 2 * pi }
        return turn
    }

    public static func sine(_ angle: Double) -> Double {
        var x = angle.truncatingRemainder(dividingBy: 2 * pi)
        if x > pi { x -= 2 * pi }
        if x < -pi { x += 2 * pi }
        var term = x, sum = x
        for n in stride(from: 3, through: 25, by: 2) {
            term *= -x * x / Double((n - 1) * n)
            sum += term
        }
        return sum
    }

    public static func cosine(_ angle: Double) -> Double { sine(angle + pi / 2) }

    /// atan for |z| <= 1: halve the angle twice so the series converges fast, then double back.
    private static func atan(_ z: Double) -> Double {
        var z = z
        for _ in 0..<2 { z = z / (1 + (1 + z * z).squareRoot()) }
        var term = z, sum = z
        for n in stride(from: 3, through: 21, by: 2) {
            term *= -z * z
            sum += term / Double(n)
        }
        return sum * 4
    }
}
