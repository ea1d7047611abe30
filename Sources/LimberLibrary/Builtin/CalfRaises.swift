extension BuiltinExercises {
    static let calfRaises = #"""
    id = "calf-raises"
    name = "Calf raises"
    where = "standing"
    helps = ["calves", "circulation"]
    steps = [
      "Stand tall with your fingertips on the desk for balance.",
      "Rise onto the balls of your feet.",
      "Lower your heels slowly back to the floor.",
    ]
    reps = 12
    tempo = ["rise onto your toes", "lower slowly"]
    seconds_per_phase = 1.5
    sides = false
    frames = [
    '''
      o
     /|\
      |
     / \
    _____
    ''',
    '''
      o
     /|\
      |
     / \
     ' '
    ''',
    '''
      o
     /|\
      |
     | |
     ' '
    ''',
    ]
    """#
}
