extension BuiltinExercises {
    /// The crossed leg turns out 70 degrees (the top of the range: sitting cross-legged, healthy
    /// adults turn out 62 on average, up to 82) so its knee drops out to the side; with the hip
    /// flexed to 140 at most, the back hinges 18 degrees before the crossed hip runs out. The
    /// support foot stands flat under its knee; the hands rest on the crossed knee and ankle.
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
    contacts = ["seat on chair", "right_foot on floor", "left_ankle on right_knee", "left_hand on left_knee", "right_hand on left_ankle"]
    right_hip = 98.2
    right_knee = 98.2
    left_hip = 118
    left_hip_out = 15
    left_hip_turn = 70
    left_knee = 105
    left_shoulder = -1
    left_shoulder_out = 6
    left_elbow = 66
    left_wrist = 65
    right_shoulder_out = -10
    right_elbow = 67
    right_wrist = 15

    [[pose]]
    name = "lean"
    like = "crossed"
    trunk = 18
    right_hip = 116.2
    right_knee = 98.2
    left_hip = 137
    left_hip_out = 14
    left_hip_turn = 68
    left_knee = 105
    left_shoulder = 2
    left_shoulder_out = 7
    left_elbow = 75
    left_wrist = 95
    right_shoulder = 15
    right_shoulder_out = -10
    right_elbow = 36
    right_wrist = 95
    """#
}
