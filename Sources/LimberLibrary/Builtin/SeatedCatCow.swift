extension BuiltinExercises {
    static let seatedCatCow = #"""
    id = "seated-cat-cow"
    name = "Seated cat-cow"
    where = "seated"
    helps = ["lower-back"]
    steps = [
      "Sit near the front of the chair, feet flat, hands on your knees.",
      "Breathing in, lift the chest and let the lower back arch a little.",
      "Breathing out, round the back and let the chin drop toward the chest.",
    ]
    reps = 8
    min_reps = 5
    tempo = ["inhale, lift the chest", "exhale, round the back"]
    seconds_per_phase = 3
    safety = "Move gently and within an easy range; stop if it pinches."
    sides = false
    targets = ["arch", "round"]
    start = "upright"

    [[pose]]
    name = "upright"
    head = [0.60, 0.64]
    neck = [0.60, 0.56]
    back = [0.60, 0.42]
    shoulder = [0.60, 0.55]
    elbow = [0.55, 0.38]
    hand = [0.38, 0.29]
    hip = [0.60, 0.27]
    knee = [0.38, 0.27]
    ankle = [0.38, 0.05]
    foot = [0.31, 0.05]

    [[pose]]
    name = "arch"
    like = "upright"
    head = [0.64, 0.63]
    neck = [0.62, 0.56]
    back = [0.58, 0.42]
    shoulder = [0.62, 0.54]
    elbow = [0.54, 0.39]

    [[pose]]
    name = "round"
    like = "upright"
    head = [0.50, 0.57]
    neck = [0.56, 0.52]
    back = [0.65, 0.41]
    shoulder = [0.56, 0.51]
    elbow = [0.56, 0.34]

    [[prop]]
    kind = "floor"
    points = [[0.26, 0.00], [0.79, 0.00]]

    [[prop]]
    kind = "chair"
    points = [[0.40, 0.24], [0.74, 0.24], [0.74, 0.55], [0.74, 0.00]]

    [[prop]]
    kind = "chair"
    points = [[0.42, 0.24], [0.42, 0.00]]
    """#
}
