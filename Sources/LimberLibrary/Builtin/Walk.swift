extension BuiltinExercises {
    static let walk = #"""
    id = "walk"
    name = "Stand up and walk"
    where = "standing"
    helps = ["circulation", "hips"]
    steps = [
      "Stand up and walk: to a window, the kitchen, along the corridor.",
      "Let your arms swing and your stride lengthen.",
      "Roll your shoulders back a few times as you go.",
    ]
    hold = 60
    sides = false
    frames = [
    '''
      o
     /|\
      |
     / \
    ''',
    '''
      o
     -|\
      |
     /|
    ''',
    '''
      o
     /|-
      |
      |\
    ''',
    ]
    """#
}
