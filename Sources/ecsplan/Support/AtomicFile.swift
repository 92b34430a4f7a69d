import ECSPlanCore
import Foundation

/// Writes a file so that it is either complete or not there: a temporary file
/// beside it, written, fsync'd, then renamed over the target, and the directory
/// fsync'd so the rename survives a crash. On any failure the temporary file is
/// removed and an existing target is left as it was.
enum AtomicFile {
    /// Throws what writing `path` would run into, before any work is done for
    /// it: a missing or unwritable directory, a directory in its place, a read-only file.
    static func checkWritable(_ path: String, what: String) throws {
        let action = "cannot write \(what)"
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw FileError(errno: EISDIR, path: path, action: action, writing: true) }
            if access(path, W_OK) != 0 {
                throw errno == EACCES ? FileError.readOnly(path: path, action: action) : FileError(errno: errno, path: path, action: action, writing: true)
            }
        }
        let directory = FileError.directory(of: path)
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            throw FileError(errno: ENOENT, path: path, action: action, writing: true)
        }
        if !isDirectory.boolValue { throw FileError(errno: ENOTDIR, path: path, action: action, writing: true) }
        if access(directory, W_OK) != 0 { throw FileError(errno: errno, path: path, action: action, writing: true) }
    }

    /// `mode`: the permissions the file is created with (before the umask),
    /// set before any byte is written, so a private file is never readable by others.
    static func write(_ data: Data, to path: String, what: String, mode: mode_t = 0o666) throws {
        let action = "cannot write \(what)"
        try checkWritable(path, what: what)
        let directory = FileError.directory(of: path)
        let temporary = (directory as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FileError(errno: errno, path: path, action: action, writing: true) }
        func fail(_ code: Int32) -> FileError {
            close(fd)
            unlink(temporary)
            return FileError(errno: code, path: path, action: action, writing: true)
        }
        let written = data.withUnsafeBytes { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return 0 }  // nothing to write
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return 0
        }
        if written != 0 { throw fail(written) }
        if fsync(fd) != 0 { throw fail(errno) }
        if close(fd) != 0 {
            let code = errno
            unlink(temporary)
            throw FileError(errno: code, path: path, action: action, writing: true)
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw FileError(errno: code, path: path, action: action, writing: true)
        }
        let dirFD = open(directory, O_RDONLY | O_CLOEXEC)
        if dirFD >= 0 {
            _ = fsync(dirFD)  // best effort: some file systems refuse fsync on a directory
            close(dirFD)
        }
    }
}
