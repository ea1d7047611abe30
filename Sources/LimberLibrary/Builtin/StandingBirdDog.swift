extension BuiltinExercises {
    static let standingBirdDog = #"""
    id = "standing-bird-dog"
    name = "Standing bird dog"
    where = "standing"
    helps = ["core", "lower-back"]
    steps = [
      "Stand facing the desk with one hand resting on it.",
      "Brace your belly lightly and reach the free arm forward and the opposite leg back.",
      "Hold for one slow breath with the hips level, then return.",
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
    camera = "side"

    [[pose]]
    name = "stand"
    contacts = ["feet on floor", "right_fingers on desk"]
    right_shoulder = 35
    right_elbow = 20
    left_elbow = 10

    [[pose]]
    name = "reach"
    like = "stand"
    contacts = ["left_foot on floor", "right_fingers on desk"]
    trunk = 30
    left_hip = 30
    right_hip = -15
    right_knee = 5
    right_ankle = -30
    left_shoulder = 112
    left_knee = 8
    right_shoulder = 0
    right_elbow = 85
    right_wrist = 30
    neck = 0
    """#
}
