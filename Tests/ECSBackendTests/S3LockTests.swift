import Foundation
import Testing
import TestSupport
@testable import ECSBackend

/// The team lock on moto with signatures enforced: moto honours
/// `If-None-Match: *` on PutObject, so the second writer gets 412.
@Suite(.serialized) struct S3LockTests {
    func lock(
        _ moto: MotoServer, key: String = "team/prod.lock",
        retry: Duration = .milliseconds(100)
    ) throws -> S3Lock {
        let keys = AWSCredentials(
            accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)
        let client = S3Client(
            credentials: keys, region: "us-east-1", endpoint: URL(string: moto.endpoint))
        return S3Lock(
            location: S3Location(bucket: "ecsplan-locks", key: key), client: client,
            retryInterval: retry)
    }

    @Test func aSecondRunnerIsRefusedNamingTheHolder() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        _ = try moto.iamS3(["bucket", "ecsplan-locks"])
        let lock = try lock(moto)
        let held = try await lock.acquire(operation: "ecsplan apply")

        // The object holds who, where and since when, as written.
        let stored = try moto.iamS3(["get", "ecsplan-locks", "team/prod.lock"])
        let record = try JSONDecoder().decode(S3LockRecord.self, from: Data(stored.utf8))
        #expect(record == held)
        #expect(record.pid == getpid() && record.host == ProcessInfo.processInfo.hostName)
        #expect(
            record.operation == "ecsplan apply" && !record.user.isEmpty && record.version == "0.1.0"
        )

        await #expect {
            try await lock.acquire(operation: "ecsplan apply")
        } throws: { e in
            let text = "\(e)"
            return text.hasPrefix(
                "the state is locked in s3://ecsplan-locks/team/prod.lock by ecsplan apply "
                    + "(lock \(held.id), \(held.user), pid \(getpid()) on \(held.host), taken ")
                && text.contains(
                    "`ecsplan state unlock \(held.id) --lock s3://ecsplan-locks/team/prod.lock`")
        }
        try await lock.release(id: held.id)
        #expect(try await lock.holder() == nil)
        let again = try await lock.acquire(operation: "ecsplan apply")
        #expect(again.id != held.id)
    }

    @Test func aTimeoutWaitsForTheHolderToFinish() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        _ = try moto.iamS3(["bucket", "ecsplan-locks"])
        let lock = try lock(moto)
        let first = try await lock.acquire(operation: "ecsplan apply")
        let waiter = Task {
            try await lock.acquire(operation: "ecsplan apply", timeout: .seconds(20))
        }
        try await Task.sleep(for: .milliseconds(600))
        try await lock.release(id: first.id)
        let second = try await waiter.value
        #expect(try await lock.holder()?.record == second)

        // Waiting has an end: it then names the holder and says it gave up.
        await #expect {
            try await lock.acquire(operation: "ecsplan apply", timeout: .milliseconds(300))
        } throws: { e in
            "\(e)".contains("(lock \(second.id),") && "\(e)".contains("; gave up waiting")
        }
    }

    @Test func unlockRemovesTheLockOnlyForItsId() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        _ = try moto.iamS3(["bucket", "ecsplan-locks"])
        let lock = try lock(moto)
        let held = try await lock.acquire(operation: "ecsplan apply")
        await #expect {
            try await lock.forceUnlock(id: "not-the-id")
        } throws: { e in
            "\(e)".hasPrefix(
                "s3://ecsplan-locks/team/prod.lock is locked by ecsplan apply (lock \(held.id),")
                && "\(e)".hasSuffix("not by not-the-id; nothing was removed")
        }
        #expect(try await lock.holder()?.record == held)
        // Releasing with another id leaves the lock too (it was broken and retaken).
        try await lock.release(id: "not-the-id")
        #expect(try await lock.holder()?.record == held)
        #expect(try await lock.forceUnlock(id: held.id) == held)
        #expect(try await lock.holder() == nil)
        await #expect {
            try await lock.forceUnlock(id: held.id)
        } throws: { e in
            "\(e)"
                == "s3://ecsplan-locks/team/prod.lock is not locked (no lock \(held.id) to remove)"
        }
    }

    @Test func keysWithSpacesAndAMissingBucket() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        _ = try moto.iamS3(["bucket", "ecsplan-locks"])
        // A space, not `+` or `=`: moto decodes those in the path it checks, so
        // even boto3's signatures fail on them there.
        let odd = try lock(moto, key: "teams/web app/prod.lock")
        let held = try await odd.acquire(operation: "ecsplan apply")
        #expect(try await odd.holder()?.record == held)
        try await odd.release(id: held.id)

        var missing = try lock(moto)
        missing.location.bucket = "no-such-bucket"
        await #expect {
            try await missing.acquire(operation: "ecsplan apply")
        } throws: { e in
            "\(e)".hasPrefix(
                "S3 PutObject s3://no-such-bucket/team/prod.lock failed: NoSuchBucket (HTTP 404)")
        }
    }
}

/// Addressing and parsing, without a server.
@Suite struct S3AddressingTests {
    let keys = AWSCredentials(accessKeyId: "AKID", secretAccessKey: "s")

    @Test func virtualHostedOnAWSPathStyleForCustomEndpointsAndDottedBuckets() throws {
        let aws = S3Client(credentials: keys, region: "eu-west-1", endpoint: nil)
        let location = S3Location(bucket: "team-state", key: "ecsplan/prod lock.json")
        #expect(
            try aws.url(location, region: "eu-west-1").absoluteString
                == "https://team-state.s3.eu-west-1.amazonaws.com/ecsplan/prod%20lock.json")
        #expect(
            try aws.url(S3Location(bucket: "team.state", key: "k"), region: "eu-west-1")
                .absoluteString
                == "https://s3.eu-west-1.amazonaws.com/team.state/k")
        let local = S3Client(
            credentials: keys, region: "us-east-1", endpoint: URL(string: "http://127.0.0.1:9000"))
        #expect(
            try local.url(location, region: "us-east-1").absoluteString
                == "http://127.0.0.1:9000/team-state/ecsplan/prod%20lock.json")
        let forced = S3Client(
            credentials: keys, region: "us-east-1", endpoint: URL(string: "http://minio:9000"),
            addressingStyle: .virtual)
        #expect(
            try forced.url(location, region: "us-east-1").absoluteString
                == "http://team-state.minio:9000/ecsplan/prod%20lock.json")
    }

    @Test func locationsParseOrSayWhatIsMissing() throws {
        #expect(
            try S3Location(parsing: "s3://b/k/l.lock") == S3Location(bucket: "b", key: "k/l.lock"))
        for bad in ["b/k", "s3://b", "s3://b/", "s3:///k"] {
            #expect(throws: (any Error).self) { try S3Location(parsing: bad) }
        }
        #expect {
            try S3Location(parsing: "s3://bucket-only")
        } throws: { e in
            "\(e)" == "invalid lock location 's3://bucket-only': expected s3://BUCKET/KEY, "
                + "e.g. s3://my-team-state/ecsplan/prod.lock"
        }
    }
}
