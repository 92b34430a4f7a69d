import Foundation

/// A file that could not be read or written, in words: which path, what went
/// wrong and what to do, on one line plus a hint. Built from the errno the
/// system call returned, so no Foundation error dump reaches the user.
public struct FileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    /// `cannot write the plan file`
    public var action: String
    /// `the directory out does not exist`
    public var problem: String
    public var hint: String

    public init(path: String, action: String, problem: String, hint: String) {
        self.path = path
        self.action = action
        self.problem = problem
        self.hint = hint
    }

    public var description: String { "\(path): \(action): \(problem)\n  hint: \(hint)" }

    /// The error for `errno` from reading (`writing: false`) or writing `path`.
    public init(errno code: Int32, path: String, action: String, writing: Bool) {
        let directory = FileError.directory(of: path)
        let (problem, hint): (String, String)
        switch code {
        case ENOENT where writing:
            (problem, hint) = ("the directory \(directory) does not exist", "create it (mkdir -p \(directory)) or choose another path")
        case ENOENT:
            (problem, hint) = ("no such file", "check the path")
        case ENOTDIR:
            (problem, hint) = ("a part of the path is not a directory", "check the path")
        case EISDIR:
            (problem, hint) = ("it is a directory", writing ? "name a file, such as \((path as NSString).appendingPathComponent("plan.json"))" : "name a file inside it")
        case EACCES, EPERM:
            (problem, hint) = ("permission denied",
                               writing ? "make \(directory) writable for this user, or choose another path" : "make the file readable for this user, or run as its owner")
        case EROFS:
            (problem, hint) = ("the file system is read-only", "choose a path on a writable file system")
        case ENOSPC, EDQUOT:
            (problem, hint) = ("no space left on the device", "free some space and run again; nothing was written, any previous file is unchanged")
        case EFBIG:
            (problem, hint) = ("the file is larger than this process may write (ulimit -f)", "raise the limit and run again; nothing was written")
        case ELOOP:
            (problem, hint) = ("too many symbolic links in the path (a link loop?)", "check the links in the path")
        case ENAMETOOLONG:
            (problem, hint) = ("the path is too long", "choose a shorter path")
        default:
            (problem, hint) = (String(cString: strerror(code)), "check the path and run again")
        }
        self.init(path: path, action: action, problem: problem, hint: hint)
    }

    /// Opens `path` for reading, or throws why not in words (a directory, missing, permission denied).
    public static func openForReading(_ path: String, action: String) throws(FileError) -> FileHandle {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw FileError(errno: EISDIR, path: path, action: action, writing: false)
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(errno: errno, path: path, action: action, writing: false) }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// A file that exists but may not be written (`chmod a-w`): replacing it by
    /// rename would succeed and silently defeat the protection.
    public static func readOnly(path: String, action: String) -> FileError {
        FileError(path: path, action: action, problem: "the file is read-only", hint: "make it writable (chmod u+w \(path)) or choose another path")
    }

    /// The directory `path` is in, `.` for a bare file name.
    public static func directory(of path: String) -> String {
        let dir = (path as NSString).deletingLastPathComponent
        return dir.isEmpty ? "." : dir
    }
}
