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

    # A flat tabletop back. The arms are longer than the thighs (FIGURES.md), so straight arms
    # straight down would hold the shoulders 0.07 H above the hips, a back sloping 13 degrees.
    # The hands are a little ahead of the shoulders, the elbows soft, and the arms spread 42
    # degrees to the sides, which the side view does not show.
    # Every angle below is written as the solver places it, within a degree.
    [[pose]]
    name = "all-fours"
    contacts = ["knees on floor", "hands on floor", "toes on floor"]
    trunk = 90
    hip = 89
    knee = 96
    ankle = -50
    shoulder = 93
    shoulder_out = 42
    elbow = 8
    wrist = 77
    neck = 10

    # The belly sinks: the pelvis tips forward (tailbone up) and the back arches, so the middle
    # of the back is the lowest point, below both the hips and the shoulders (a U, not a ramp),
    # and the head lifts to look forward. The chest stays at tabletop height: the hands do not
    # slide, so the spread arms cannot lift the shoulders (only a bent elbow straightening could).
    [[pose]]
    name = "cow"
    like = "all-fours"
    trunk = 105
    hip = 98
    knee = 90
    spine = -30
    shoulder = 78
    shoulder_out = 41
    elbow = 2
    wrist = 84
    neck = -30

    # The back rounds up into a hump over straight arms and the head tucks down.
    [[pose]]
    name = "cat"
    like = "all-fours"
    trunk = 65
    hip = 56
    knee = 88
    spine = 45
    shoulder = 113
    shoulder_out = 41
    elbow = 3
    wrist = 82
    neck = 25
    """#
}
