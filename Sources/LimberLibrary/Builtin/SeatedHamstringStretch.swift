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

    [[pose]]
    name = "leg-out"
    head = [0.60, 0.64]
    neck = [0.60, 0.56]
    back = [0.60, 0.42]
    shoulder = [0.60, 0.55]
    elbow = [0.63, 0.38]
    hand = [0.47, 0.27]
    hip = [0.60, 0.27]
    left_knee = [0.42, 0.15]
    right_knee = [0.38, 0.27]
    left_ankle = [0.22, 0.05]
    right_ankle = [0.38, 0.05]
    left_foot = [0.20, 0.12]
    right_foot = [0.31, 0.05]

    [[pose]]
    name = "lean"
    like = "leg-out"
    head = [0.39, 0.57]
    neck = [0.43, 0.50]
    back = [0.51, 0.39]
    shoulder = [0.43, 0.49]
    elbow = [0.50, 0.33]
    hand = [0.36, 0.20]

    [[prop]]
    kind = "floor"
    points = [[0.15, 0.00], [0.79, 0.00]]

    [[prop]]
    kind = "chair"
    points = [[0.40, 0.24], [0.74, 0.24], [0.74, 0.55], [0.74, 0.00]]

    [[prop]]
    kind = "chair"
    points = [[0.42, 0.24], [0.42, 0.00]]
    """#
}
