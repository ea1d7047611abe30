extension BuiltinExercises {
    static let standingHamstringStretch = #"""
    id = "standing-hamstring-stretch"
    name = "Standing hamstring stretch"
    where = "standing"
    helps = ["hamstrings", "lower-back"]
    steps = [
      "Stand tall and rest one heel on a low step or chair rung, knee straight but soft.",
      "Keep your back long and tip forward from the hips, not the waist.",
      "Stop where the back of the thigh pulls gently, and breathe slowly.",
    ]
    hold = 30
    min_hold = 30
    sides = true
    safety = "A gentle pull only. Ease off if you feel it behind the knee, and stop if it hurts."
    targets = ["hinge"]
    start = "heel-up"
    camera = "side"
    breathe = true

    [[pose]]
    name = "heel-up"
    contacts = ["right_foot on floor", "left_heel on step"]
    left_hip = 35
    left_knee = 5
    left_ankle = 15
    right_knee = 3
    elbow = 10

    [[pose]]
    name = "hinge"
    like = "heel-up"
    trunk = 35
    left_hip = 70
    right_hip = 35
    shoulder = 35
    neck = -5
    """#
}
