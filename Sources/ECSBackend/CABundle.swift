import Foundation

/// The file of certificate authorities every AWS request trusts instead of the
/// system's store, as the SDKs and the AWS CLI take it: `AWS_CA_BUNDLE`, else
/// the profile's `ca_bundle`. A TLS-intercepting proxy's authority goes there.
enum CABundle {
    /// The bundle's path, nil when none is set; a set path that is not a
    /// readable file is an error naming where it was set, before any request.
    static func resolve(environment env: [String: String], files: AWSConfigFiles, profileName: String) throws -> String? {
        let profile = files.profile(profileName)
        let (path, source): (String, String)
        if let value = env["AWS_CA_BUNDLE"], !value.isEmpty {
            (path, source) = (value, "AWS_CA_BUNDLE")
        } else if let value = profile?["ca_bundle"] {
            (path, source) = (value, "ca_bundle of profile '\(profileName)' in \(profile?.file ?? files.configPath)")
        } else {
            return nil
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              FileManager.default.isReadableFile(atPath: path)
        else {
            throw AWSError.configuration(
                "\(source) names \(path), which is not a readable file: give the path of a PEM file of "
                    + "certificate authorities, or unset it to trust the system's")
        }
        return path
    }
}
