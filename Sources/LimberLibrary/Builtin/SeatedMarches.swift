extension BuiltinExercises {
    static let seatedMarches = #"""
    id = "seated-marches"
    name = "Seated marches"
    where = "seated"
    helps = ["hip-flexors", "core"]
    steps = [
      "Sit tall near the front of the chair, feet flat, hands resting on the seat.",
      "Lift one knee a few inches, keeping your back upright.",
      "Lower it with control and lift the other knee, like marching in place.",
    ]
    reps = 8
    tempo = ["lift the left knee", "lower it", "lift the right knee", "lower it"]
    seconds_per_phase = 1.5
    sides = false
    frames = [
    '''
      o
     /|\
      |__
      |  |
      |  |
    ''',
    '''
      o
     /|\
      |_/\
      |   |
      |
    ''',
    '''
      o
     /|\
      |__
      |  |
      |  |
    ''',
    '''
      o
     /|\
      |__
      | \/
      |  |
    ''',
    ]
    """#
}
