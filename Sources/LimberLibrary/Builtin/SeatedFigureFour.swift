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
    camera_follows_side = true
    breathe = true

    [[pose]]
    name = "crossed"
    contacts = ["seat on chair", "right_foot on floor", "left_ankle on right_knee", "hands on knees"]
    right_hip = 84
    right_knee = 43
    right_ankle = -41
    left_hip = 113
    left_hip_out = 10
    left_hip_turn = 60
    left_knee = 105
    shoulder = 15
    elbow = 60

    [[pose]]
    name = "lean"
    like = "crossed"
    trunk = 15
    right_hip = 99
    left_hip = 128
    shoulder = 35
    """#
}
