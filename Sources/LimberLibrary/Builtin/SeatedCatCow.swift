extension BuiltinExercises {
    static let seatedCatCow = #"""
    id = "seated-cat-cow"
    name = "Seated cat-cow"
    where = "seated"
    helps = ["lower-back"]
    steps = [
      "Sit near the front of the chair, feet flat, hands on your knees.",
      "Breathing in, lift the chest and let the lower back arch a little.",
      "Breathing out, round the back and let the chin drop toward the chest.",
    ]
    reps = 8
    min_reps = 5
    tempo = ["inhale, lift the chest", "exhale, round the back"]
    seconds_per_phase = 3
    safety = "Move gently and within an easy range; stop if it pinches."
    sides = false
    targets = ["arch", "round"]
    start = "upright"
    camera = "side"

    # The hip angle is measured from the lower back, so it changes with the trunk (hip = 98 +
    # trunk) and the thighs stay on the seat. The knees are a little apart (hip_out), as people
    # sit, so the hands reach them without the arms crossing in.
    [[pose]]
    name = "upright"
    contacts = ["seat on chair", "feet on floor", "hands on knees"]
    hip = 98
    hip_out = 6
    knee = 98
    shoulder = 2
    shoulder_out = -4
    elbow = 85
    wrist = -30

    # Sitting tall with the pelvis tipped forward: the lower back leans forward and the upper
    # back rises straight above it, so the back hollows, the chest comes forward over the knees
    # (the shoulders in front of the hips) and the eyes lift a little.
    [[pose]]
    name = "arch"
    like = "upright"
    trunk = 25
    hip = 123
    spine = -25
    neck = -15
    shoulder = -17
    shoulder_out = -6
    elbow = 104
    wrist = -29

    [[pose]]
    name = "round"
    like = "upright"
    trunk = -18
    hip = 80
    spine = 42
    neck = 40
    shoulder = 20
    shoulder_out = -5
    elbow = 99
    wrist = -38
    """#
}
