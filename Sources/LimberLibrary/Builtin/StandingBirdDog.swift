extension BuiltinExercises {
    static let standingBirdDog = #"""
    id = "standing-bird-dog"
    name = "Standing bird dog"
    where = "standing"
    helps = ["core", "lower-back"]
    steps = [
      "Stand side-on to the desk with one hand resting on it.",
      "Brace your belly lightly and reach the free arm forward and the opposite leg back.",
      "Hold a breath with the hips level, then return.",
    ]
    reps = 5
    tempo = ["reach out", "hold still", "come back"]
    seconds_per_phase = 2
    sides = true
    frames = [
    '''
       o
      /|\
       |
      / \
    ''',
    '''
     \ o
       |\
       |
      / \_
    ''',
    '''
    __ o
       |\
       |\__
      /
    ''',
    ]
    """#
}
