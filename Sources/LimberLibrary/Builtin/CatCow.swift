extension BuiltinExercises {
    static let catCow = #"""
    id = "cat-cow"
    name = "Cat-cow"
    where = "floor"
    desk_variant = "seated-cat-cow"
    helps = ["lower-back"]
    steps = [
      "Kneel on all fours, hands under shoulders and knees under hips.",
      "Breathing in, let the belly sink and lift the chest and gaze.",
      "Breathing out, round the back up toward the ceiling and tuck the chin.",
      "Move slowly, only as far as feels easy.",
    ]
    reps = 8
    tempo = ["inhale, let the back sag", "exhale, round the back"]
    seconds_per_phase = 3
    sides = false
    frames = [
    '''
       __
    o_/  \_
    |      |
    ''',
    '''
    o_____
    |     |
    |     |
    ''',
    '''
    o_    _
    | \__/ |
    |      |
    ''',
    ]
    """#
}
