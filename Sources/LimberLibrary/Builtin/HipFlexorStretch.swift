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
    camera = "side"
    breathe = true

    [[pose]]
    name = "step-back"
    contacts = ["feet on floor", "fingers on desk"]
    left_hip = -30
    right_hip = 12
    knee = 3
    left_ankle = 20
    right_ankle = -12
    shoulder = 75
    elbow = 5
    wrist = 30

    [[pose]]
    name = "lunge"
    like = "step-back"
    contacts = ["right_foot on floor", "left_toes on floor", "fingers on desk"]
    trunk = -3
    right_hip = 40
    right_knee = 55
    left_hip = -20
    left_knee = 25
    left_ankle = -15
    """#
}
