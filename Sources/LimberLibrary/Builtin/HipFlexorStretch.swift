extension BuiltinExercises {
    static let hipFlexorStretch = #"""
    id = "hip-flexor-stretch"
    name = "Standing hip flexor stretch"
    where = "standing"
    helps = ["hip-flexors", "lower-back"]
    steps = [
      "Hold the desk for balance and step one foot back into a short lunge.",
      "Tuck your tailbone under and shift your weight gently forward.",
      "Feel it at the front of the back hip; keep the front knee over the ankle.",
    ]
    hold = 30
    sides = true
    frames = [
    '''
       o
      /|\
       |
      / \
    ''',
    '''
       o
      /|\
       |
      / \_
    ''',
    '''
        o
       /|\
        |
      _/  \__
    ''',
    ]
    """#
}
