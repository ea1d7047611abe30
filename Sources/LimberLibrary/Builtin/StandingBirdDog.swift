extension BuiltinExercises {
    static let standingBirdDog = #"""
    id = "standing-bird-dog"
    name = "Standing bird dog"
    where = "standing"
    helps = ["core", "lower-back"]
    steps = [
      "Stand side-on to the desk with one hand resting on it.",
      "Brace your belly lightly and reach the free arm forward and the opposite leg back.",
      "Hold a breath with the hips level, then return.",
      "Feel the belly and the back of the standing hip working to keep you steady.",
    ]
    reps = 5
    min_reps = 5
    tempo = ["reach out", "hold still", "come back"]
    seconds_per_phase = 2
    safety = "Keep the hips level and the lower back still; make the reach smaller if the back arches."
    sides = true
    targets = ["reach", "reach", "stand"]
    start = "stand"

    [[pose]]
    name = "stand"
    head = [0.52, 0.85]
    neck = [0.52, 0.78]
    back = [0.52, 0.64]
    shoulder = [0.52, 0.77]
    left_elbow = [0.49, 0.60]
    right_elbow = [0.59, 0.61]
    left_hand = [0.43, 0.42]
    right_hand = [0.56, 0.42]
    hip = [0.52, 0.49]
    knee = [0.52, 0.27]
    ankle = [0.52, 0.05]
    foot = [0.45, 0.04]

    [[pose]]
    name = "reach"
    like = "stand"
    head = [0.37, 0.81]
    neck = [0.40, 0.74]
    back = [0.46, 0.62]
    shoulder = [0.40, 0.73]
    left_elbow = [0.23, 0.77]
    right_elbow = [0.51, 0.60]
    left_hand = [0.05, 0.82]
    hip = [0.52, 0.48]
    left_knee = [0.50, 0.26]
    right_knee = [0.72, 0.39]
    left_ankle = [0.50, 0.04]
    right_ankle = [0.92, 0.29]
    left_foot = [0.44, 0.03]
    right_foot = [0.89, 0.23]

    [[prop]]
    kind = "floor"
    points = [[0.00, 0.00], [0.97, 0.00]]

    [[prop]]
    kind = "desk"
    points = [[0.46, 0.41], [0.74, 0.41], [0.74, 0.00]]
    """#
}
