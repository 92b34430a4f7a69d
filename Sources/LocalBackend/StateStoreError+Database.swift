import Foundation
import GRDB

extension StateStoreError {
    /// A SQLite failure on the state file in words, with what to do; nil for
    /// errors that are not SQLite's. Every case leaves the state consistent:
    /// SQLite rolls the failed transaction back.
    public init?(explaining error: any Error, path: String) {
        guard let e = error as? DatabaseError else { return nil }
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        switch Self.cause(of: e.resultCode, directory: directory) {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self.init(path: path, message: "the state file is locked by another program",
                      hint: "another process has it open for writing (an ecsplan outside this lock, sqlite3, a backup); "
                          + "wait for it or close it, then run again. Nothing was changed")
        case .SQLITE_READONLY:
            self.init(path: path, message: "the state file cannot be written (read-only file, directory or file system)",
                      hint: "make the file and \(directory) writable for this user (SQLite writes \((path as NSString).lastPathComponent)-wal "
                          + "and -shm beside it), or point --state elsewhere. Nothing was changed")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            let reason: String
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
                reason = "the directory \(directory) does not exist and could not be created"
            } else if access(directory, W_OK) != 0 || (FileManager.default.fileExists(atPath: path) && access(path, R_OK | W_OK) != 0) {
                reason = "permission denied"
            } else {
                reason = e.message ?? "SQLite could not open it"
            }
            self.init(path: path, message: "cannot open the state file: \(reason)",
                      hint: "check that \(directory) exists and this user may read and write it and the file, or point --state elsewhere")
        case .SQLITE_FULL:
            self.init(path: path, message: "no space left on the device while writing the state",
                      hint: "free some space and run again: the step that failed was rolled back, the state is consistent and the next run resumes")
        case .SQLITE_IOERR:
            self.init(path: path, message: "the disk reported an I/O error while using the state file (\(e.message ?? "I/O error"))",
                      hint: "check the disk and run again; the step that failed was rolled back")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            self.init(path: path, message: "the state file is damaged (\(e.message ?? "corrupt"))",
                      hint: "restore it from a backup; it was left untouched")
        default:
            return nil
        }
    }

    /// SQLite reports a full or read-only file system as a plain I/O error where
    /// it maps its shared-memory file; the file system says which it was.
    static func cause(of code: ResultCode, directory: String) -> ResultCode {
        guard code == .SQLITE_IOERR else { return code }
        var fs = statvfs()
        guard statvfs(directory, &fs) == 0 else { return code }
        if fs.f_flag & UInt(ST_RDONLY) != 0 { return .SQLITE_READONLY }
        if fs.f_bavail == 0 { return .SQLITE_FULL }
        return code
    }
}
