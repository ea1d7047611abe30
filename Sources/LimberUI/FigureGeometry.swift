import LimberCore

/// A 3D figure's geometry as JSON, in the dot coordinates of a pane (`--format json`): every
/// joint, every bone with whether it is far and its length, every prop's outline, every contact
/// point with how far it is from touching, and any bone through a prop. So anyone can check a
/// figure without reading pixels. Dots are braille dots: two across and four down per cell,
/// counted from the pane's top-left corner.
public enum FigureGeometry {
    public static func json(_ exercise: Exercise, pose name: String, side: Side?, size: Size) -> String? {
        guard case .body(let look) = exercise.look, let spec = look.spec(name)?.on(side),
              let pose = look.solved(name, side: side), let picture = exercise.picture(name, side: side) else { return nil }
        let box = PlayerLayout(size, for: picture).figure ?? PlayerLayout.Box(x: 0, y: 0, width: size.width, height: size.height)
        let projection = Projection(width: box.width, height: box.height, bounds: look.bounds(side))
        let dotsPerHeight = projection.scale * 2
        /// Body heights on the screen plane to dots from the pane's corner.
        func dots(_ point: Point) -> String {
            let place = projection.place(point)
            return "[\(number(Double(box.x * 2) + place.x * 2)), \(number(Double(box.y * 4) + place.y * 2))]"
        }
        let points = pose.points
        let drawing = look.drawing(pose, side: side)
        let far = look.farSides(points, side: side)
        let camera = look.view(side)
        var out: [String] = []
        out.append("\"exercise\": \(quoted(exercise.id))")
        out.append("\"pose\": \(quoted(name))")
        out.append("\"side\": \(side.map { quoted($0.rawValue) } ?? "null")")
        out.append("\"camera\": \(quoted(look.camera.rawValue))")
        out.append("\"pane\": {\"width\": \(size.width), \"height\": \(size.height), \"dots_across\": 2, \"dots_down\": 4}")
        out.append("\"box\": {\"x\": \(box.x), \"y\": \(box.y), \"width\": \(box.width), \"height\": \(box.height)}")
        out.append("\"dots_per_body_height\": \(number(dotsPerHeight))")
        let joints = BodyPoint.allCases.map { point in
            "{\"name\": \(quoted(point.rawValue)), \"at\": \(dots(camera.project(points[point]))), \"far\": \(point.side.map { far.contains($0) } ?? false)}"
        }
        out.append("\"joints\": [\n    " + joints.joined(separator: ",\n    ") + "\n  ]")
        let bones = BodyPoint.bones.map { bone in
            let isFar = (bone.0.side ?? bone.1.side).map { far.contains($0) } ?? false
            let crossbar = bone.0.side != nil && bone.1.side != nil && bone.0.side != bone.1.side
            return "{\"from\": \(quoted(bone.0.rawValue)), \"to\": \(quoted(bone.1.rawValue)), \"far\": \(isFar && !crossbar), "
                + "\"length\": \(number(points[bone.0].distance(to: points[bone.1]), places: 4)), \"expected\": \(number(BodyPoint.length(bone), places: 4))}"
        }
        out.append("\"bones\": [\n    " + bones.joined(separator: ",\n    ") + "\n  ]")
        out.append("\"head\": {\"at\": \(dots(drawing.head)), \"radius\": \(number(drawing.headRadius * dotsPerHeight))}")
        let floor = look.floorEdges(side)
        var props = ["{\"kind\": \"floor\", \"outline\": [" + ([floor[0].0] + floor.map(\.1)).map(dots).joined(separator: ", ") + "]}"]
        for prop in look.props(side).values.sorted(by: { $0.kind.rawValue < $1.kind.rawValue }) where prop.kind != .floor {
            for line in prop.lines(look.camera) {
                props.append("{\"kind\": \(quoted(prop.kind.rawValue)), \"outline\": [" + line.map { dots(camera.project($0)) }.joined(separator: ", ") + "]}")
            }
        }
        out.append("\"props\": [\n    " + props.joined(separator: ",\n    ") + "\n  ]")
        let solver = ContactSolver(contacts: spec.contacts, props: look.props(side), authored: spec.pose)
        let contacts = solver.gaps(points).flatMap { contact, gap in
            contact.points.map { point in
                "{\"contact\": \(quoted(contact.text)), \"point\": \(quoted(point.rawValue)), \"at\": \(dots(camera.project(points[point]))), "
                    + "\"gap_dots\": \(number(gap * dotsPerHeight, places: 3))}"
            }
        }
        out.append("\"contacts\": [\n    " + contacts.joined(separator: ",\n    ") + "\n  ]")
        let problems = FigureLint.placement(points, props: look.props(side), spec: spec).map { quoted($0.message) }
        out.append("\"problems\": [" + problems.joined(separator: ", ") + "]")
        return "{\n  " + out.joined(separator: ",\n  ") + "\n}"
    }

    static func number(_ value: Double, places: Int = 2) -> String {
        guard value.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? "\(Int(rounded))" : "\(rounded)"
    }

    /// A JSON string, by the one escaper (`JSONValue.quoted`): names here are plain words, but
    /// a problem's message may quote anything.
    static func quoted(_ text: String) -> String { JSONValue.quoted(text) }
}
