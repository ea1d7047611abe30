extension BuiltinExercises {
    static let walk = #"""
    id = "walk"
    name = "Stand up and walk"
    where = "standing"
    helps = ["circulation", "hips"]
    steps = [
      "Stand up and walk: to a window, the kitchen, along the corridor.",
      "Let your arms swing and your stride lengthen.",
      "Roll your shoulders back a few times as you go.",
    ]
    hold = 60
    min_hold = 60
    sides = false
    targets = ["stride"]
    start = "stand"

    [[pose]]
    name = "stand"
    head = [0.55, 0.85]
    neck = [0.55, 0.78]
    back = [0.55, 0.64]
    shoulder = [0.55, 0.77]
    elbow = [0.54, 0.60]
    hand = [0.51, 0.41]
    hip = [0.55, 0.49]
    knee = [0.55, 0.27]
    ankle = [0.55, 0.05]
    foot = [0.48, 0.04]

    [[pose]]
    name = "stride"
    like = "stand"
    head = [0.50, 0.83]
    neck = [0.50, 0.76]
    back = [0.51, 0.62]
    shoulder = [0.50, 0.74]
    left_elbow = [0.57, 0.59]
    right_elbow = [0.43, 0.59]
    left_hand = [0.60, 0.40]
    right_hand = [0.28, 0.47]
    hip = [0.52, 0.47]
    left_knee = [0.60, 0.27]
    right_knee = [0.44, 0.27]
    left_ankle = [0.71, 0.07]
    right_ankle = [0.42, 0.05]
    left_foot = [0.64, 0.10]
    right_foot = [0.35, 0.04]

    [[prop]]
    kind = "floor"
    points = [[0.23, 0.00], [0.76, 0.00]]
    """#
}
