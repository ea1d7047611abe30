/// Segment lengths of an adult as fractions of standing height, from Drillis & Contini (1966)
/// as reproduced in Winter, *Biomechanics and Motor Control of Human Movement*. Every figure
/// drawn from joint angles has exactly these bones, so no pose can stretch one.
public enum BodyProportions {
    public static let thigh = 0.245
    public static let shank = 0.246
    public static let upperArm = 0.186
    public static let forearm = 0.146
    /// Wrist to fingertips.
    public static let hand = 0.108
    /// Hip joint to shoulder level (0.818 − 0.530), split at the middle of the back so the
    /// spine can round or arch.
    public static let lowerTrunk = 0.135
    public static let upperTrunk = 0.153
    /// Shoulder level to the middle of the head (0.936, eye height).
    public static let neck = 0.118
    /// The head drawn as a circle reaching the top of the head (1.000).
    public static let headRadius = 0.064
    /// Half the shoulder width (0.259) and half the distance between the hip joints (narrower
    /// than the hip width of 0.191, which is measured across the flesh).
    public static let halfShoulders = 0.1295
    public static let halfHips = 0.085
    /// The ankle's height above the sole (0.039); the heel sits a little behind the ankle and
    /// the toes the rest of the foot's length (0.152) ahead.
    public static let ankleHeight = 0.039
    public static let heelBack = 0.035
    public static let toeAhead = 0.117
}
