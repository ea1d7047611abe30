extension BuiltinExercises {
    static let calfRaises = #"""
    id = "calf-raises"
    name = "Calf raises"
    where = "standing"
    helps = ["calves", "circulation"]
    steps = [
      "Stand tall with your fingertips on the desk for balance.",
      "Rise high onto the balls of your feet.",
      "Lower your heels slowly back to the floor.",
      "Feel the calves work, and go slowly both ways.",
    ]
    reps = 12
    min_reps = 10
    tempo = ["rise onto your toes", "lower slowly"]
    seconds_per_phase = 1.5
    safety = "Keep a hand on the desk; stop if your ankle or foot hurts."
    sides = false
    targets = ["on-toes", "flat"]
    start = "flat"
    camera = "side"

    [[pose]]
    name = "flat"
    contacts = ["feet on floor", "fingers on desk"]
    shoulder = -15
    elbow = 54
    wrist = 0

    [[pose]]
    name = "on-toes"
    like = "flat"
    contacts = ["toes on floor", "fingers on desk"]
    ankle = -31
    shoulder = 5
    elbow = 8
    """#
}
