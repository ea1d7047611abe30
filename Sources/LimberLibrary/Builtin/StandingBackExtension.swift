extension BuiltinExercises {
    static let standingBackExtension = #"""
    id = "standing-back-extension"
    name = "Standing back extension"
    where = "standing"
    helps = ["lower-back"]
    steps = [
      "Stand with feet hip-width apart, hands on the back of your hips.",
      "Look ahead and lean back a little, letting the hips move forward.",
      "Come back to upright. Keep the movement small and easy.",
    ]
    reps = 6
    min_reps = 5
    tempo = ["lean back gently", "come back up"]
    seconds_per_phase = 3
    sides = false
    safety = "Skip this one if bending back sends pain down a leg."
    targets = ["lean-back", "stand"]
    start = "stand"

    [[pose]]
    name = "stand"
    head = [0.50, 0.85]
    neck = [0.50, 0.78]
    back = [0.50, 0.64]
    shoulder = [0.50, 0.77]
    elbow = [0.65, 0.68]
    hand = [0.56, 0.51]
    hip = [0.50, 0.49]
    knee = [0.50, 0.27]
    ankle = [0.50, 0.05]
    foot = [0.43, 0.04]

    [[pose]]
    name = "lean-back"
    like = "stand"
    head = [0.57, 0.84]
    neck = [0.54, 0.77]
    shoulder = [0.54, 0.75]
    elbow = [0.67, 0.63]
    hand = [0.52, 0.51]
    hip = [0.46, 0.49]
    knee = [0.48, 0.27]

    [[prop]]
    kind = "floor"
    points = [[0.38, 0.00], [0.72, 0.00]]
    """#
}
