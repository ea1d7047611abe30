extension BuiltinExercises {
    /// The crossed leg turns out 69-70 degrees (the top of the range: sitting cross-legged,
    /// healthy adults turn out 62 on average, up to 82), so its knee drops out to the side and
    /// its shin slopes down onto the other knee; the back hinges 22 degrees, as far as the
    /// crossed hip flexes (140). The support foot stands flat under its knee. The far hand holds
    /// the crossed ankle, the far arm turned in so its elbow points out (toward the front of the
    /// picture) rather than back. The near palm rests on the seat beside the hip, the elbow out
    /// to the side: no hand on the crossed knee (the safety line says not to press it), and the
    /// near arm stays behind the back line on the screen, so the straight back of the lean is
    /// one clear line (a near hand on the knee crossed the spine and made a V under the head).
    /// Angles are written as the contact solve places them (within a degree).
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
    contacts = ["seat on chair", "right_foot on floor", "left_ankle on right_knee", "left_palm on chair", "right_hand on left_ankle"]
    right_hip = 98.2
    right_knee = 98.2
    left_hip = 118
    left_hip_out = 15
    left_hip_turn = 70
    left_knee = 105
    left_shoulder = -10.1
    left_shoulder_out = 25
    left_shoulder_turn = 59.8
    left_elbow = 59.8
    right_shoulder = 30
    right_shoulder_out = 35
    right_shoulder_turn = 70
    right_elbow = 74

    [[pose]]
    name = "lean"
    like = "crossed"
    trunk = 22
    right_hip = 120.2
    left_hip = 139.7
    left_hip_out = 14.6
    left_hip_turn = 69.9
    left_knee = 105.2
    left_shoulder = -9.9
    left_shoulder_out = 26.8
    left_shoulder_turn = 62.2
    left_elbow = 63.2
    right_shoulder = 31.4
    right_shoulder_out = 52.3
    right_shoulder_turn = 67.2
    right_elbow = 105.5
    """#
}
