extension BuiltinExercises {
    static let hipFlexorStretch = #"""
    id = "hip-flexor-stretch"
    name = "Standing hip flexor stretch"
    where = "standing"
    helps = ["hip-flexors", "lower-back"]
    steps = [
      "Hold the desk for balance and step one foot back into a short lunge.",
      "Tuck your tailbone under and shift your weight gently forward.",
      "Feel it at the front of the back hip; keep the front knee over the ankle.",
    ]
    hold = 30
    sides = true
    targets = ["lunge"]
    start = "stand"

    [[pose]]
    name = "stand"
    head = [0.52, 0.85]
    neck = [0.52, 0.78]
    back = [0.52, 0.64]
    shoulder = [0.52, 0.77]
    left_elbow = [0.42, 0.65]
    right_elbow = [0.49, 0.62]
    left_hand = [0.32, 0.55]
    right_hand = [0.45, 0.49]
    hip = [0.52, 0.49]
    knee = [0.52, 0.27]
    ankle = [0.52, 0.05]
    foot = [0.45, 0.04]

    [[pose]]
    name = "lunge"
    like = "stand"
    head = [0.57, 0.75]
    neck = [0.57, 0.68]
    back = [0.57, 0.54]
    shoulder = [0.57, 0.66]
    left_elbow = [0.45, 0.58]
    right_elbow = [0.59, 0.52]
    left_hand = [0.33, 0.51]
    right_hand = [0.60, 0.38]
    hip = [0.56, 0.39]
    left_knee = [0.73, 0.25]
    right_knee = [0.38, 0.26]
    left_ankle = [0.84, 0.06]
    right_ankle = [0.42, 0.04]
    left_foot = [0.79, 0.02]
    right_foot = [0.35, 0.03]

    [[prop]]
    kind = "floor"
    points = [[0.00, 0.00], [0.89, 0.00]]

    [[prop]]
    kind = "desk"
    points = [[0.02, 0.41], [0.24, 0.41], [0.24, 0.00]]
    """#
}
