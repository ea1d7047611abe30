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

    # Sitting tall with the pelvis tipped forward: the lower back leans forward 28 degrees and
    # the upper back arches 30 (the spine's limit) back over it, so the back hollows in one
    # curve that the head, tipped back, carries on: the eyes lift. The arms lengthen as the chest
    # comes forward: the palms rest on the knees (they slide there from the thighs on the way from
    # upright, and stay in the round), the elbows turned out (shoulder_turn), so from the side
    # each arm runs straight down to its knee, well in front of the back, not along it.
    [[pose]]
    name = "arch"
    like = "upright"
    contacts = ["seat on chair", "feet on floor", "palms on knees"]
    trunk = 28
    hip = 126
    spine = -30
    neck = -25
    shoulder = 28.2
    shoulder_out = 17
    shoulder_turn = 70
    elbow = 50.2
    wrist = 29.9

    # The back rounds over the legs, chin down; the palms stay on the knees from the arch, the
    # arms long.
    [[pose]]
    name = "round"
    like = "arch"
    trunk = -18
    hip = 80
    spine = 42
    neck = 40
    shoulder = 58
    shoulder_out = 4.5
    shoulder_turn = 40
    elbow = 27.8
    wrist = -13.4
    """#
}
