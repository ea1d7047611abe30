#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point or direction in the body's world: x forward (the way the body faces when it stands
/// at rest), y up from the floor, z across to the body's right. Units are the body's height.
public struct Vector3: Sendable, Equatable {
    public var x, y, z: Double

    public init(_ x: Double, _ y: Double, _ z: Double) {
        (self.x, self.y, self.z) = (x, y, z)
    }

    public static let zero = Vector3(0, 0, 0)

    public static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x + b.x, a.y + b.y, a.z + b.z) }
    public static func - (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x - b.x, a.y - b.y, a.z - b.z) }
    public static func * (a: Vector3, k: Double) -> Vector3 { Vector3(a.x * k, a.y * k, a.z * k) }
    public static prefix func - (a: Vector3) -> Vector3 { Vector3(-a.x, -a.y, -a.z) }

    public func dot(_ other: Vector3) -> Double { x * other.x + y * other.y + z * other.z }
    public var length: Double { dot(self).squareRoot() }
    public func distance(to other: Vector3) -> Double { (self - other).length }

    public func toward(_ other: Vector3, _ t: Double) -> Vector3 { self + (other - self) * t }

    public func cross(_ o: Vector3) -> Vector3 { Vector3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x) }
    /// The same direction, one long (zero stays zero).
    public var normalized: Vector3 { length > 1e-12 ? self * (1 / length) : self }
}

/// An orientation as three unit axes: which way is forward, up and right for a body part.
/// Each turn is about one of the part's own axes, so joint angles compose as anatomy does.
public struct Frame: Sendable, Equatable {
    public var forward: Vector3
    public var up: Vector3
    public var right: Vector3

    public static let world = Frame(forward: Vector3(1, 0, 0), up: Vector3(0, 1, 0), right: Vector3(0, 0, 1))

    public var down: Vector3 { -up }

    /// Tips the top forward by `a` radians (about the right axis): a trunk leaning forward.
    public func pitched(_ a: Double) -> Frame {
        let c = cos(a), s = sin(a)
        return Frame(forward: forward * c - up * s, up: up * c + forward * s, right: right)
    }

    /// Tilts the top toward the right by `a` radians (about the forward axis).
    public func rolled(_ a: Double) -> Frame {
        let c = cos(a), s = sin(a)
        return Frame(forward: forward, up: up * c + right * s, right: right * c - up * s)
    }

    /// Turns the front toward the right by `a` radians (about the up axis).
    public func yawed(_ a: Double) -> Frame {
        let c = cos(a), s = sin(a)
        return Frame(forward: forward * c + right * s, up: up, right: right * c - forward * s)
    }
}
