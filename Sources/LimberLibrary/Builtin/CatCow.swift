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

    # A flat tabletop back: the arms are longer than the thighs (FIGURES.md), so with straight
    # arms straight down the shoulders would sit 0.07 H above the hips. The hands are a little
    # ahead of the shoulders, the elbows soft and the arms a little wide (invisible from the side).
    [[pose]]
    name = "all-fours"
    contacts = ["knees on floor", "hands on floor", "toes on floor"]
    trunk = 90
    hip = 90
    knee = 95
    ankle = -50
    shoulder = 95
    shoulder_out = 35
    elbow = 10
    wrist = 80
    neck = 10

    # The belly sinks: the pelvis tips forward (tailbone up) and the back arches, so the middle
    # of the back is the lowest point, below both the hips and the shoulders (a U, not a ramp);
    # the head lifts to look forward. The chest cannot rise above the tabletop with the hands
    # pinned and the model's single back bend (spine at most -30).
    [[pose]]
    name = "cow"
    like = "all-fours"
    trunk = 100
    hip = 100
    spine = -30
    shoulder = 75
    shoulder_out = 30
    elbow = 0
    neck = -30

    # The back rounds up into a hump over straight arms, the head tucks down.
    [[pose]]
    name = "cat"
    like = "all-fours"
    trunk = 60
    hip = 60
    spine = 50
    shoulder = 113
    shoulder_out = 36
    elbow = 0
    neck = 25
    """#
}
