extension BuiltinExercises {
    static let seatedCatCow = #"""
    id = "seated-cat-cow"
    name = "Seated cat-cow"
    where = "seated"
    helps = ["lower-back"]
    steps = [
      "Sit near the front of the chair, feet flat, hands on your knees.",
      "Breathing in, lift the chest and let the lower back arch a little.",
      "Breathing out, round the back and let the chin drop toward the chest.",
    ]
    reps = 8
    tempo = ["inhale, lift the chest", "exhale, round the back"]
    seconds_per_phase = 3
    sides = false
    frames = [
    '''
       o
      /|\
       )__
       |  |
    ''',
    '''
      o
      |\
      |___
      |   |
    ''',
    '''
        o
       (\
       (__
       |  |
    ''',
    ]
    """#
}
