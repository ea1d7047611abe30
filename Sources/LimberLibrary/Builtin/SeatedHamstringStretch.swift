extension BuiltinExercises {
    static let seatedHamstringStretch = #"""
    id = "seated-hamstring-stretch"
    name = "Seated hamstring stretch"
    where = "seated"
    helps = ["hamstrings"]
    steps = [
      "Sit near the front edge of the chair.",
      "Straighten one leg in front of you, heel on the floor and toes up.",
      "Sit tall and lean forward from the hips until the back of that thigh stretches.",
    ]
    hold = 30
    min_hold = 30
    sides = true
    safety = "Keep the stretch mild; do not bounce."
    targets = ["lean"]
    start = "leg-out"
    camera = "side"
    breathe = true

    [[pose]]
    name = "leg-out"
    contacts = ["seat on chair", "right_foot on floor", "left_heel on floor"]
    hip = 85
    knee = 85
    left_hip = 55
    left_knee = 0
    left_ankle = 15
    shoulder = 25
    elbow = 10

    [[pose]]
    name = "lean"
    like = "leg-out"
    contacts = ["seat on chair", "right_foot on floor", "left_heel on floor"]
    trunk = 30
    right_hip = 115
    left_hip = 85
    shoulder = 45
    elbow = 5
    neck = -5
    """#
}
