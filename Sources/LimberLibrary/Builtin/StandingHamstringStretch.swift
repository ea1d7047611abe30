extension BuiltinExercises {
    static let standingHamstringStretch = #"""
    id = "standing-hamstring-stretch"
    name = "Standing hamstring stretch"
    where = "standing"
    helps = ["hamstrings", "lower-back"]
    steps = [
      "Stand tall and rest one heel on a low step or chair rung, knee straight but soft.",
      "Keep your back long and tip forward from the hips, not the waist.",
      "Stop where the back of the thigh pulls gently, and breathe slowly.",
    ]
    hold = 30
    min_hold = 30
    sides = true
    safety = "A gentle pull only. Ease off if you feel it behind the knee, and stop if it hurts."
    targets = ["hinge"]
    start = "heel-up"

    [[pose]]
    name = "heel-up"
    head = [0.56, 0.85]
    neck = [0.56, 0.78]
    back = [0.56, 0.64]
    shoulder = [0.56, 0.77]
    elbow = [0.55, 0.60]
    hand = [0.51, 0.41]
    hip = [0.56, 0.49]
    left_knee = [0.41, 0.33]
    right_knee = [0.56, 0.27]
    left_ankle = [0.25, 0.17]
    right_ankle = [0.56, 0.05]
    left_foot = [0.23, 0.24]
    right_foot = [0.49, 0.04]

    [[pose]]
    name = "hinge"
    like = "heel-up"
    head = [0.35, 0.76]
    neck = [0.39, 0.70]
    back = [0.49, 0.60]
    shoulder = [0.39, 0.69]
    elbow = [0.48, 0.54]
    hand = [0.42, 0.36]
    hip = [0.58, 0.48]
    left_knee = [0.42, 0.33]
    right_knee = [0.58, 0.26]
    left_ankle = [0.26, 0.18]
    right_ankle = [0.58, 0.04]
    left_foot = [0.24, 0.24]
    right_foot = [0.51, 0.03]

    [[prop]]
    kind = "floor"
    points = [[0.07, 0.00], [0.63, 0.00]]

    [[prop]]
    kind = "step"
    points = [[0.12, 0.00], [0.12, 0.14], [0.36, 0.14], [0.36, 0.00]]
    """#
}
