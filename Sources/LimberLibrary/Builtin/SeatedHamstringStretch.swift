extension BuiltinExercises {
    static let seatedHamstringStretch = #"""
    id = "seated-hamstring-stretch"
    name = "Seated hamstring stretch"
    where = "seated"
    helps = ["hamstrings"]
    steps = [
      "Sit near the front edge of the chair.",
      "Straighten one leg in front of you, heel on the floor and toes up.",
      "Sit tall and lean forward from the hips until the back of that thigh stretches.",
    ]
    hold = 30
    sides = true
    safety = "Keep the stretch mild; do not bounce."
    frames = [
    '''
        o
       /|\
        |__
        |  |
    ''',
    '''
        o
       /|\
        |__
        |   \_
    ''',
    '''
       o
      //
       \__
        |   \_
    ''',
    ]
    """#
}
