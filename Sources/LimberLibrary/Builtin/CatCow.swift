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
    camera = "side"

    [[pose]]
    name = "all-fours"
    contacts = ["knees on floor", "hands on floor", "toes on floor"]
    trunk = 78
    hip = 78
    knee = 95
    ankle = -50
    shoulder = 78
    wrist = 90
    neck = 10

    [[pose]]
    name = "cow"
    like = "all-fours"
    trunk = 88
    hip = 88
    spine = -30
    shoulder = 58
    neck = -20

    # The angles the hands and knees allow with the arms straight: the back rounds, so it is
    # shorter from hips to shoulders, and the shoulders come back over the planted hands
    # (written as the solver places them, so it does not bend the elbows to reach).
    [[pose]]
    name = "cat"
    like = "all-fours"
    trunk = 48
    hip = 42
    knee = 91
    spine = 50
    shoulder = 101
    wrist = 87
    neck = 35
    """#
}
