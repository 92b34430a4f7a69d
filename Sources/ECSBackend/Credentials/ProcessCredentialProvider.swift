import Foundation

/// A profile's `credential_process`: a command (run by `/bin/sh -c`, so quoting
/// works as typed) that prints a Version 1 JSON credential document.
struct ProcessCredentialProvider: CredentialProvider {
    var command: String
    var label: String

    func credentials() async throws -> AWSCredentials {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CredentialError.source(
                label, message: "could not run credential_process: \(error)")
        }
        // Read stderr beside stdout so a chatty process cannot fill a pipe and stall.
        let errText = Task.detached { err.fileHandleForReading.readDataToEndOfFile() }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = await errText.value
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: errData.prefix(500), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw CredentialError.source(
                label,
                message: "credential_process exited with status \(process.terminationStatus)"
                    + (detail.isEmpty ? "" : ": \(detail)"))
        }
        let version = (try? JSONDecoder().decode(CredentialDocument.self, from: data))?.version
        guard version == 1 else {
            throw CredentialError.source(
                label, message: "credential_process must print JSON with \"Version\": 1")
        }
        return try CredentialDocument.credentials(from: data, source: label)
    }
}
