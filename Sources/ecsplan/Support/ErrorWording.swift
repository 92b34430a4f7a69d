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
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return nil }
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path ?? "?"
        let underlying = ns.domain == NSPOSIXErrorDomain ? ns : ns.userInfo[NSUnderlyingErrorKey] as? NSError
        guard let code = underlying.flatMap({ $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }) else { return nil }
        let writing = (NSFileWriteUnknownError...NSFileWriteVolumeReadOnlyError).contains(ns.code)
        return FileError(errno: code, path: path, action: writing ? "cannot write the file" : "cannot read the file", writing: writing)
    }
}
