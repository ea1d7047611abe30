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

    # A flat tabletop back. The arms are longer than the thighs (FIGURES.md), so straight arms
    # straight down would hold the shoulders 0.07 H above the hips, a back sloping 13 degrees.
    # The hands are a little ahead of the shoulders, the elbows soft, and the arms spread 42
    # degrees to the sides, which the side view does not show.
    # Every angle below is written as the solver places it, within a degree.
    [[pose]]
    name = "all-fours"
    contacts = ["knees on floor", "hands on floor", "toes on floor"]
    trunk = 90
    hip = 89
    knee = 96
    ankle = -50
    shoulder = 93
    shoulder_out = 42
    elbow = 8
    wrist = 77
    neck = 10

    # The back stays level. The reaching arm runs straight on from the upper back, which lifts
    # a little (spine -12), so it is 3 degrees over level and clears the lowered head (drawn
    # from the side, an arm at shoulder height crosses a head held in line). The leg goes back
    # level with the back, 2 or 3 degrees under it, so the raised heel is no higher than the
    # back (the words say "level with your body" and warn against arching); the foot points
    # down and back, not hanging straight down like a shin. Reaching out this far the figure
    # is wider than the pane allows for 12 rows at 80x24: it is drawn as wide as the pane
    # (FigureFit.widthBound), not taller.
    [[pose]]
    name = "reach"
    like = "all-fours"
    contacts = ["left_knee on floor", "right_hand on floor", "left_toes on floor"]
    trunk = 95
    spine = -12
    neck = 45
    left_hip = 88
    left_knee = 90
    right_hip = 8
    right_knee = 0
    right_ankle = -40
    left_shoulder = 177
    left_shoulder_out = 0
    left_elbow = 0
    left_wrist = 0
    right_shoulder = 87
    right_shoulder_out = 41
    right_elbow = 0
    right_wrist = 86
    """#
}
