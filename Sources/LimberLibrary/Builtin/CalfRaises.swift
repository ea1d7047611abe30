extension BuiltinExercises {
    static let calfRaises = #"""
    id = "calf-raises"
    name = "Calf raises"
    where = "standing"
    helps = ["calves", "circulation"]
    steps = [
      "Stand tall with your fingertips on the desk for balance.",
      "Rise onto the balls of your feet.",
      "Lower your heels slowly back to the floor.",
      "Feel the calves work, and go slowly both ways.",
    ]
    reps = 12
    min_reps = 10
    tempo = ["rise onto your toes", "lower slowly"]
    seconds_per_phase = 1.5
    safety = "Keep a hand on the desk; stop if your ankle or foot hurts."
    sides = false
    targets = ["on-toes", "flat"]
    start = "flat"

    [[pose]]
    name = "flat"
    head = [0.50, 0.85]
    neck = [0.50, 0.78]
    back = [0.50, 0.64]
    shoulder = [0.50, 0.77]
    left_elbow = [0.44, 0.61]
    right_elbow = [0.49, 0.60]
    left_hand = [0.37, 0.43]
    right_hand = [0.45, 0.41]
    hip = [0.50, 0.49]
    knee = [0.50, 0.27]
    ankle = [0.50, 0.05]
    foot = [0.43, 0.04]

    [[pose]]
    name = "on-toes"
    like = "flat"
    head = [0.50, 0.94]
    neck = [0.50, 0.86]
    back = [0.50, 0.72]
    shoulder = [0.50, 0.85]
    left_elbow = [0.45, 0.69]
    right_elbow = [0.49, 0.68]
    left_hand = [0.39, 0.51]
    right_hand = [0.45, 0.49]
    hip = [0.50, 0.57]
    knee = [0.50, 0.35]
    ankle = [0.50, 0.13]
    foot = [0.48, 0.07]

    [[prop]]
    kind = "floor"
    points = [[0.01, 0.00], [0.55, 0.00]]

    [[prop]]
    kind = "desk"
    points = [[0.06, 0.40], [0.40, 0.40], [0.40, 0.00]]
    """#
}
