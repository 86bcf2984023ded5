/// Remembers, weakly, the frames that closures captured and the class instances a session
/// made (and the types its cells declared), so that when the session ends it can empty them and free the reference cycles cells
/// build (a nested function stored in the frame it captures, two instances pointing at each
/// other, a type whose static property holds one of its values, a model whose callback holds
/// the interpreter). A real Swift program would leak such cycles; a long-lived process that
/// runs chapter after chapter must not.
final class CycleBreaker {
    private struct WeakFrame { weak var frame: Frame? }
    private struct WeakInstance { weak var instance: Instance? }

    private var frames: [WeakFrame] = []
    private var instances: [WeakInstance] = []
    /// Types declared by cells (one per declaration that ran: few), held strongly until the
    /// session ends: a weak reference would give each type a side table, and every copy of a
    /// struct value (which refers to its type) would then count references on the slow path.
    private var types: [UserType] = []
    private var compiled: [FunctionDecl] = []
    private var lastFrame: ObjectIdentifier?
    /// Entries kept before the dead ones are swept out (doubles with the live count).
    private var frameCapacity = 1024
    private var instanceCapacity = 1024

    /// A frame a closure or nested function captured.
    func track(_ frame: Frame) {
        let id = ObjectIdentifier(frame)
        if id == lastFrame { return }
        lastFrame = id
        if frames.count >= frameCapacity {
            frames.removeAll { $0.frame == nil }
            frameCapacity = max(1024, 2 * frames.count)
        }
        frames.append(WeakFrame(frame: frame))
    }

    /// A class instance the session created.
    func track(_ instance: Instance) {
        if instances.count >= instanceCapacity {
            instances.removeAll { $0.instance == nil }
            instanceCapacity = max(1024, 2 * instances.count)
        }
        instances.append(WeakInstance(instance: instance))
    }

    /// A function whose body was compiled: the compiled code refers to the functions it calls,
    /// itself included.
    func track(compiled decl: FunctionDecl) {
        compiled.append(decl)
    }

    /// A type a cell declared (its static members may refer back to it).
    func track(_ type: UserType) {
        types.append(type)
    }

    /// Empties every tracked frame and instance that is still alive, so what they hold — and
    /// the cycles through them — is freed.
    func breakCycles() {
        let liveFrames = frames.compactMap(\.frame)
        let liveInstances = instances.compactMap(\.instance)
        let liveTypes = types
        frames = []
        instances = []
        types = []
        let compiledDecls = compiled
        compiled = []
        lastFrame = nil
        for frame in liveFrames { frame.slots = [] }
        for instance in liveInstances { instance.fields = [] }
        for type in liveTypes {
            type.staticMembers = [:]
            type.customHashing = nil
        }
        for decl in compiledDecls { decl.compiled = nil }
    }
}
