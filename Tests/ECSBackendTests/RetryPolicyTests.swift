import ECSPlanCore
import Testing
@testable import ECSBackend

/// The SDKs' retry behaviour (standard mode) and the client token of idempotent requests.
@Suite struct RetryPolicyTests {
    @Test func backoffIsFullJitterUnderTheCap() {
        let policy = RetryPolicy(baseDelay: .milliseconds(100), maxDelay: .seconds(1))
        for attempt in 1...12 {
            let cap = min(Duration.seconds(1), .milliseconds(100) * (1 << attempt))
            for _ in 0..<50 {
                let d = policy.delay(afterAttempt: attempt)
                #expect(d >= .zero && d <= cap, "attempt \(attempt): \(d) beyond \(cap)")
            }
        }
    }

    @Test func theQuotaRefusesRetriesOnceSpentAndSuccessesRefillIt() {
        let quota = RetryQuota()
        var costs: [Int] = []
        while let cost = quota.acquire(afterTransportFailure: true) { costs.append(cost) }
        #expect(!costs.isEmpty)
        #expect(quota.available < RetryQuota.capacity)
        let spent = quota.available
        // A retried success gives back what its retry took; a first-time success a little.
        quota.succeeded(retryCost: costs[0])
        #expect(quota.available > spent)
        let afterRefund = quota.available
        quota.succeeded(retryCost: nil)
        #expect(quota.available > afterRefund)
        // Never above the capacity.
        for _ in 0..<1000 { quota.succeeded(retryCost: costs[0]) }
        #expect(quota.available == RetryQuota.capacity)
    }

    @Test func aTimeoutCostsTheQuotaMoreThanAnErrorAnswer() {
        let a = RetryQuota(), b = RetryQuota()
        _ = a.acquire(afterTransportFailure: true)
        _ = b.acquire(afterTransportFailure: false)
        #expect(a.available < b.available)
    }

    @Test func legacyModeHasNoQuotaTheOthersDo() {
        #expect(!RetryPolicy(mode: .legacy).usesQuota)
        #expect(RetryPolicy(mode: .standard).usesQuota)
        #expect(RetryPolicy(mode: .adaptive).usesQuota)
    }

    @Test func onlyAnswersThatMayHideASuccessAreSettledFirst() {
        #expect(ECSClient.mayHaveTakenEffect(.transport("timed out", operation: "CreateService")))
        #expect(ECSClient.mayHaveTakenEffect(.service(code: "ServerException", message: "", status: 500, operation: "CreateService")))
        #expect(!ECSClient.mayHaveTakenEffect(.service(code: "ThrottlingException", message: "", status: 400, operation: "CreateService")))
        #expect(!ECSClient.mayHaveTakenEffect(.service(code: "TooManyRequestsException", message: "", status: 429, operation: "CreateService")))
    }

    @Test func theClientTokenIsStablePerStepAndDiffersAcrossRunsAndSteps() {
        let step = StepRecord(runID: "run-1", address: "service/shop/checkout", action: "create-service", detail: "checkout:2")
        let token = ClientToken.make(for: step)
        #expect(token == ClientToken.make(for: step))
        #expect(token.count <= 36 && token.allSatisfy(\.isASCII))
        var otherRun = step
        otherRun.runID = "run-2"
        #expect(ClientToken.make(for: otherRun) != token)
        var otherService = step
        otherService.address = "service/shop/cart"
        #expect(ClientToken.make(for: otherService) != token)
    }
}
