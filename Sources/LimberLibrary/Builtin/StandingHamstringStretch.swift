extension BuiltinExercises {
    static let standingHamstringStretch = #"""
    id = "standing-hamstring-stretch"
    name = "Standing hamstring stretch"
    where = "standing"
    helps = ["hamstrings", "lower-back"]
    steps = [
      "Stand tall and rest one heel on a low step or chair rung, knee straight but soft.",
      "Keep your back long and tip forward from the hips, not the waist.",
      "Stop where the back of the thigh pulls gently, and breathe slowly.",
    ]
    hold = 30
    sides = true
    safety = "A gentle pull only. Ease off if you feel it behind the knee, and stop if it hurts."
    frames = [
    '''
         o
        /|\
         |
      __/ \
     |     \
    ''',
    '''
        o
       /|\
        /
      _/ \
     |    \
    ''',
    '''
      o_
       \\
        \
      _/ \
     |    \
    ''',
    ]
    """#
}
