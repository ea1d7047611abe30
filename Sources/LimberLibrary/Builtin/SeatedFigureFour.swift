extension BuiltinExercises {
    static let seatedFigureFour = #"""
    id = "seated-figure-four"
    name = "Seated figure-four stretch"
    where = "seated"
    helps = ["hips", "lower-back"]
    steps = [
      "Sit tall and rest one ankle on the opposite knee.",
      "Keep your back long and lean forward a little from the hips.",
      "Feel the stretch in the outer hip of the crossed leg; breathe and relax.",
    ]
    hold = 30
    min_hold = 30
    sides = true
    safety = "Do not press down on the knee; let it drop by itself."
    targets = ["lean"]
    start = "crossed"
    camera = "three-quarter"
    breathe = true

    [[pose]]
    name = "crossed"
    contacts = ["seat on chair", "right_foot on floor", "left_ankle on right_knee"]
    hip = 85
    knee = 85
    left_hip = 100
    left_hip_out = 30
    left_hip_turn = 45
    left_knee = 100
    shoulder = 25
    elbow = 60

    [[pose]]
    name = "lean"
    like = "crossed"
    trunk = 14
    right_hip = 99
    left_hip = 114
    shoulder = 35
    """#
}
