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

    [[pose]]
    name = "crossed"
    head = [0.50, 0.64]
    neck = [0.50, 0.56]
    back = [0.50, 0.42]
    left_shoulder = [0.60, 0.54]
    right_shoulder = [0.40, 0.54]
    left_elbow = [0.51, 0.39]
    right_elbow = [0.56, 0.48]
    left_hand = [0.70, 0.36]
    right_hand = [0.47, 0.31]
    left_hip = [0.56, 0.27]
    right_hip = [0.44, 0.27]
    left_knee = [0.74, 0.34]
    right_knee = [0.43, 0.25]
    left_ankle = [0.46, 0.29]
    right_ankle = [0.43, 0.04]
    left_foot = [0.38, 0.31]
    right_foot = [0.42, 0.01]

    [[pose]]
    name = "lean"
    like = "crossed"
    head = [0.50, 0.61]
    neck = [0.50, 0.54]
    back = [0.50, 0.41]
    left_shoulder = [0.60, 0.52]
    right_shoulder = [0.40, 0.52]
    left_elbow = [0.51, 0.37]
    right_elbow = [0.56, 0.47]

    [[prop]]
    kind = "floor"
    points = [[0.29, 0.00], [0.79, 0.00]]

    [[prop]]
    kind = "chair"
    points = [[0.34, 0.00], [0.34, 0.24], [0.66, 0.24], [0.66, 0.00]]
    """#
}
