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
    camera = "side"

    [[pose]]
    name = "seated"
    contacts = ["seat on chair", "feet on floor", "hands on chair"]
    hip = 85
    knee = 85
    shoulder = -18
    elbow = 12
    wrist = 75

    [[pose]]
    name = "left-knee-up"
    like = "seated"
    contacts = ["seat on chair", "right_foot on floor", "hands on chair"]
    left_hip = 112
    left_knee = 108
    left_ankle = -10

    [[pose]]
    name = "right-knee-up"
    like = "seated"
    contacts = ["seat on chair", "left_foot on floor", "hands on chair"]
    right_hip = 112
    right_knee = 108
    right_ankle = -10
    """#
}
