/// The exercises that ship with Limber, written in the same TOML format users write, so the
/// built-ins prove the format and go through the same checks.
public enum BuiltinExercises {
    /// File name and text of each built-in exercise.
    public static let files: [(name: String, text: String)] = [
        ("standing-hamstring-stretch.toml", standingHamstringStretch),
        ("cat-cow.toml", catCow),
        ("bird-dog.toml", birdDog),
        ("seated-marches.toml", seatedMarches),
        ("walk.toml", walk),
        ("seated-hamstring-stretch.toml", seatedHamstringStretch),
        ("hip-flexor-stretch.toml", hipFlexorStretch),
        ("standing-back-extension.toml", standingBackExtension),
        ("calf-raises.toml", calfRaises),
        ("seated-cat-cow.toml", seatedCatCow),
        ("standing-bird-dog.toml", standingBirdDog),
        ("seated-figure-four.toml", seatedFigureFour),
    ]
}
