extension BuiltinExercises {
    static let seatedMarches = #"""
    id = "seated-marches"
    name = "Seated marches"
    where = "seated"
    helps = ["hip-flexors", "core"]
    steps = [
      "Sit tall near the front of the chair, feet flat, hands resting on the seat.",
      "Lift one knee a few inches, keeping your back upright.",
      "Lower it with control and lift the other knee, like marching in place.",
      "Feel it at the front of the hip of the lifting leg.",
    ]
    reps = 8
    min_reps = 6
    tempo = ["lift the left knee", "lower it", "lift the right knee", "lower it"]
    seconds_per_phase = 1.5
    safety = "Keep the back upright; lift only as high as you can without leaning back."
    sides = false
    targets = ["left-knee-up", "seated", "right-knee-up", "seated"]
    start = "seated"

    [[pose]]
    name = "seated"
    head = [0.60, 0.64]
    neck = [0.60, 0.56]
    back = [0.60, 0.42]
    shoulder = [0.60, 0.55]
    elbow = [0.68, 0.40]
    hand = [0.56, 0.25]
    hip = [0.60, 0.27]
    knee = [0.38, 0.27]
    ankle = [0.38, 0.05]
    foot = [0.31, 0.05]

    [[pose]]
    name = "left-knee-up"
    like = "seated"
    left_knee = [0.42, 0.40]
    left_ankle = [0.36, 0.18]
    left_foot = [0.29, 0.18]

    [[pose]]
    name = "right-knee-up"
    like = "seated"
    right_knee = [0.42, 0.40]
    right_ankle = [0.36, 0.18]
    right_foot = [0.29, 0.18]

    [[prop]]
    kind = "floor"
    points = [[0.24, 0.00], [0.79, 0.00]]

    [[prop]]
    kind = "chair"
    points = [[0.40, 0.24], [0.74, 0.24], [0.74, 0.55], [0.74, 0.00]]

    [[prop]]
    kind = "chair"
    points = [[0.42, 0.24], [0.42, 0.00]]
    """#
}
