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
      "Hold a breath without letting the hips tip, then bring them back.",
    ]
    reps = 5
    tempo = ["reach out", "hold still", "come back"]
    seconds_per_phase = 2
    sides = true
    safety = "Keep the lower back still; make the reach smaller if it starts to arch."
    frames = [
    '''
      o_____
      |     |
      |     |
    ''',
    '''
     _o_____
      |     |_
      |
    ''',
    '''
    __o_______
      |
      |
    ''',
    ]
    """#
}
