extension BuiltinExercises {
    static let walk = #"""
    id = "walk"
    name = "Stand up and walk"
    where = "standing"
    helps = ["circulation", "hips"]
    steps = [
      "Stand up and walk: to a window, the kitchen, along the corridor.",
      "Let your arms swing and your stride lengthen.",
      "Roll your shoulders back a few times as you go.",
    ]
    hold = 60
    min_hold = 60
    sides = false
    targets = ["stride-left"]
    start = "stand"
    camera = "side"
    cycle = ["stride-left", "pass-left", "stride-right", "pass-right"]
    seconds_per_phase = 0.5

    # Arms never hang straight down the side of the body: drawn from the side they would lie
    # on the torso line and the figure would look armless. Standing they hang a little
    # forward, elbows soft; passing, one swings ahead and the other behind.
    [[pose]]
    name = "stand"
    contacts = ["feet on floor"]
    shoulder = 6
    elbow = 20

    [[pose]]
    name = "stride-left"
    contacts = ["left_heel on floor", "right_toes on floor"]
    left_hip = 25
    left_knee = 3
    left_ankle = 5
    right_hip = -15
    right_knee = 10
    right_ankle = -15
    left_shoulder = -25
    right_shoulder = 25
    left_elbow = 15
    right_elbow = 15

    [[pose]]
    name = "pass-left"
    contacts = ["left_foot on floor"]
    left_hip = 0
    left_knee = 5
    right_hip = 20
    right_knee = 50
    right_ankle = 0
    left_shoulder = 12
    right_shoulder = -14
    left_elbow = 25
    right_elbow = 8

    [[pose]]
    name = "stride-right"
    like = "stride-left"
    contacts = ["right_heel on floor", "left_toes on floor"]
    right_hip = 25
    right_knee = 3
    right_ankle = 5
    left_hip = -15
    left_knee = 10
    left_ankle = -15
    right_shoulder = -25
    left_shoulder = 25
    right_elbow = 15
    left_elbow = 15

    [[pose]]
    name = "pass-right"
    like = "pass-left"
    contacts = ["right_foot on floor"]
    right_hip = 0
    right_knee = 5
    left_hip = 20
    left_knee = 50
    left_ankle = 0
    right_ankle = 0
    right_shoulder = 12
    left_shoulder = -14
    right_elbow = 25
    left_elbow = 8
    """#
}
