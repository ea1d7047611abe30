extension BuiltinExercises {
    static let seatedFigureFour = #"""
    id = "seated-figure-four"
    name = "Seated figure-four stretch"
    where = "seated"
    helps = ["hips", "lower-back"]
    steps = [
      "Sit tall and rest one ankle on the opposite knee.",
      "Keep your back long and lean forward a little from the hips.",
      "Feel the stretch in the outer hip of the crossed leg; breathe and relax.",
    ]
    hold = 30
    sides = true
    safety = "Do not press down on the knee; let it drop by itself."
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
       |_/|
       |  |
    ''',
    '''
      o
      \\
       |_/|
       |  |
    ''',
    ]
    """#
}
