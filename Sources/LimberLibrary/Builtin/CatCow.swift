extension BuiltinExercises {
    static let catCow = #"""
    id = "cat-cow"
    name = "Cat-cow"
    where = "floor"
    desk_variant = "seated-cat-cow"
    helps = ["lower-back"]
    steps = [
      "Kneel on all fours, hands under shoulders and knees under hips.",
      "Breathing in, let the belly sink and lift the chest and gaze.",
      "Breathing out, round the back up toward the ceiling and tuck the chin.",
      "Move slowly, only as far as feels easy.",
      "Feel the lower back bend and arch; nothing should pinch.",
    ]
    reps = 8
    min_reps = 5
    tempo = ["inhale, let the back sag", "exhale, round the back"]
    seconds_per_phase = 3
    safety = "Keep it gentle and pain-free; if kneeling hurts your knees, do seated cat-cow instead."
    sides = false
    targets = ["cow", "cat"]
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
    name = "cow"
    like = "all-fours"
    head = [0.36, 0.38]
    neck = [0.39, 0.32]
    back = [0.47, 0.24]
    shoulder = [0.39, 0.32]
    elbow = [0.36, 0.18]

    [[pose]]
    name = "cat"
    like = "all-fours"
    head = [0.36, 0.26]
    neck = [0.40, 0.31]
    back = [0.52, 0.32]
    shoulder = [0.40, 0.31]
    elbow = [0.34, 0.18]

    [[prop]]
    kind = "floor"
    points = [[0.27, 0.00], [0.90, 0.00]]
    """#
}
