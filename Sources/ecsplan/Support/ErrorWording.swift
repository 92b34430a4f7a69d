import ECSPlanCore
import Foundation
import LocalBackend

/// The last stop before an error reaches the user: errors from the system and
/// from SQLite are put in words (path, problem, what to do) instead of a
/// Foundation or SQLite dump.
enum ErrorWording {
    static func describe(_ error: any Error, statePath: String?) -> String {
        if let statePath, let explained = StateStoreError(explaining: error, path: statePath) { return explained.description }
        if let file = fileError(error) { return file.description }
        return "\(error)"
    }

    /// A Foundation file error with a path and an errno underneath, as a `FileError`.
    static func fileError(_ error: any Error) -> FileError? {
        guard let cocoa = error as? CocoaError, let path = cocoa.filePath ?? cocoa.url?.path else { return nil }
        let code: Int32
        if let posix = cocoa.underlying as? POSIXError {
            code = posix.code.rawValue
        } else if let underlying = cocoa.underlying.map({ $0 as NSError }), underlying.domain == NSPOSIXErrorDomain {
            code = Int32(underlying.code)
        } else {
            return nil
        }
        let writing = (CocoaError.Code.fileWriteUnknown.rawValue...CocoaError.Code.fileWriteVolumeReadOnly.rawValue).contains(cocoa.code.rawValue)
        return FileError(errno: code, path: path, action: writing ? "cannot write the file" : "cannot use the path", writing: writing)
    }
}
