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
    min_hold = 30
    safety = "Keep the lunge short and the back upright; do not arch the lower back to go further."
    sides = true
    targets = ["lunge"]
    start = "step-back"

    [[pose]]
    name = "step-back"
    head = [0.62, 0.80]
    neck = [0.62, 0.73]
    back = [0.62, 0.59]
    shoulder = [0.62, 0.71]
    left_elbow = [0.51, 0.59]
    right_elbow = [0.59, 0.55]
    left_hand = [0.39, 0.44]
    right_hand = [0.53, 0.37]
    hip = [0.62, 0.44]
    left_knee = [0.74, 0.26]
    right_knee = [0.51, 0.25]
    left_ankle = [0.84, 0.06]
    right_ankle = [0.41, 0.05]
    left_foot = [0.79, 0.02]
    right_foot = [0.34, 0.04]

    [[pose]]
    name = "lunge"
    like = "step-back"
    head = [0.57, 0.76]
    neck = [0.57, 0.69]
    back = [0.56, 0.55]
    shoulder = [0.57, 0.67]
    left_elbow = [0.52, 0.51]
    right_elbow = [0.55, 0.51]
    left_hand = [0.36, 0.41]
    right_hand = [0.50, 0.32]
    hip = [0.55, 0.40]
    left_knee = [0.69, 0.23]
    right_knee = [0.38, 0.26]
    left_ankle = [0.84, 0.07]
    right_ankle = [0.40, 0.04]
    left_foot = [0.78, 0.02]
    right_foot = [0.33, 0.03]

    [[prop]]
    kind = "floor"
    points = [[0.01, 0.00], [0.89, 0.00]]

    [[prop]]
    kind = "desk"
    points = [[0.06, 0.40], [0.40, 0.40], [0.40, 0.00]]
    """#
}
