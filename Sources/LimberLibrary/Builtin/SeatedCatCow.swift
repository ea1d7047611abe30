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

    [[pose]]
    name = "upright"
    contacts = ["seat on chair", "feet on floor", "hands on knees"]
    hip = 85
    knee = 85
    shoulder = 6
    shoulder_out = -8
    elbow = 62
    wrist = -20

    [[pose]]
    name = "arch"
    like = "upright"
    trunk = 24
    spine = -30
    neck = -25
    shoulder = -10
    elbow = 80
    wrist = -30

    [[pose]]
    name = "round"
    like = "upright"
    trunk = -8
    spine = 50
    neck = 40
    shoulder = 24
    shoulder_out = -10
    elbow = 99
    wrist = -35
    """#
}
