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
    camera = "side"

    [[pose]]
    name = "stand"
    contacts = ["feet on floor", "hands on hips"]
    shoulder = -48
    shoulder_out = -6
    elbow = 78
    wrist = -30

    [[pose]]
    name = "lean-back"
    like = "stand"
    trunk = -12
    spine = -8
    hip = -18
    neck = 12
    wrist = -42
    """#
}
