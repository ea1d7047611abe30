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

    # A flat tabletop back: the arms are longer than the thighs (FIGURES.md), so with straight
    # arms straight down the shoulders would sit 0.07 H above the hips. The hands are a little
    # ahead of the shoulders, the elbows soft and the arms a little wide (invisible from the side).
    [[pose]]
    name = "all-fours"
    contacts = ["knees on floor", "hands on floor", "toes on floor"]
    trunk = 90
    hip = 90
    knee = 95
    ankle = -50
    shoulder = 95
    shoulder_out = 35
    elbow = 10
    wrist = 80
    neck = 10

    # The back stays level. The reaching arm runs straight on from the upper back, which lifts
    # a little (spine -15), so it is 7 degrees over level and clears the lowered head (drawn
    # from the side an arm at shoulder height crosses a head held in line). The leg goes back
    # just over level, the foot pointed down and back, not hanging straight down like a shin.
    # Arm and leg exactly level make the figure too wide for 12 rows at 80x24 (FigureFit).
    [[pose]]
    name = "reach"
    like = "all-fours"
    contacts = ["left_knee on floor", "right_hand on floor", "left_toes on floor"]
    spine = -15
    left_shoulder = 180
    left_shoulder_out = 0
    left_elbow = 0
    left_wrist = 0
    neck = 45
    right_hip = -8
    right_knee = 0
    right_ankle = -30
    """#
}
