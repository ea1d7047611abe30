extension BuiltinExercises {
    static let birdDog = #"""
    id = "bird-dog"
    name = "Bird dog"
    where = "floor"
    desk_variant = "standing-bird-dog"
    helps = ["core", "lower-back"]
    steps = [
      "Start on all fours and brace your belly lightly, as if about to cough.",
      "Reach one arm forward and the opposite leg back, level with your body.",
      "Hold a breath without letting the hips tip, then bring them back.",
      "Feel the belly and the muscles along the spine working to keep you steady.",
    ]
    reps = 5
    min_reps = 5
    tempo = ["reach out", "hold still", "come back"]
    seconds_per_phase = 2
    sides = true
    safety = "Keep the lower back still; make the reach smaller if it starts to arch."
    targets = ["reach", "reach", "all-fours"]
    start = "all-fours"

    [[pose]]
    name = "all-fours"
    head = [0.32, 0.36]
    neck = [0.38, 0.33]
    back = [0.49, 0.28]
    shoulder = [0.38, 0.33]
    elbow = [0.38, 0.18]
    hand = [0.38, 0.02]
    hip = [0.60, 0.22]
    knee = [0.60, 0.03]
    ankle = [0.79, 0.03]
    foot = [0.85, 0.03]

    [[pose]]
    name = "reach"
    like = "all-fours"
    left_elbow = [0.24, 0.35]
    left_hand = [0.08, 0.38]
    right_knee = [0.79, 0.25]
    right_ankle = [0.97, 0.27]
    right_foot = [0.98, 0.21]

    [[prop]]
    kind = "floor"
    points = [[0.03, 0.00], [1.00, 0.00]]
    """#
}
