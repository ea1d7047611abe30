extension BuiltinExercises {
    static let birdDog = #"""
    id = "bird-dog"
    name = "Bird dog"
    where = "floor"
    desk_variant = "standing-bird-dog"
    helps = ["core", "lower-back"]
    steps = [
      "Start on all fours and brace your belly lightly, as if about to cough.",
      "Reach one arm forward and the opposite leg back, level with your body.",
      "Hold for one slow breath without letting the hips tip, then bring them back.",
      "Feel the belly and the muscles along the spine working to keep you steady.",
    ]
    reps = 5
    min_reps = 5
    tempo = ["reach out", "hold still", "come back"]
    seconds_per_phase = 2
    sides = true
    safety = "Keep the lower back still; make the reach smaller if it starts to arch."
    targets = ["reach", "reach", "all-fours"]
    start = "all-fours"
    camera = "side"

    [[pose]]
    name = "all-fours"
    contacts = ["knees on floor", "hands on floor", "toes on floor"]
    trunk = 78
    hip = 78
    knee = 95
    ankle = -50
    shoulder = 78
    wrist = 90
    neck = 40

    # On all fours the back slopes up about 13 degrees to the shoulders (the arms are longer
    # than the thighs). The reaching arm runs 4 degrees under that line, just over the lowered
    # head (drawn from the side an arm at shoulder height crosses a head held in line; the
    # model's shoulder sits on the spine line), and the leg goes straight back, level with the
    # floor, the foot flexed with the toes toward the floor.
    [[pose]]
    name = "reach"
    like = "all-fours"
    contacts = ["left_knee on floor", "right_hand on floor", "left_toes on floor"]
    left_shoulder = 176
    left_wrist = 0
    neck = 45
    right_hip = -13
    right_knee = 0
    right_ankle = 0
    """#
}
