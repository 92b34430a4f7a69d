import Foundation

/// A service's `runBefore` tasks, run after the plan's revisions are
/// registered and before the service's CreateService/UpdateService: each is
/// started, followed to STOPPED and judged by its essential containers' exit
/// codes. A failure leaves the service untouched; it is journaled, so the
/// record shows it, and a rerun (whose plan still moves the service) runs it again.
extension Executor {
    /// Why a `runBefore` task stopped the rollout of `change`'s service, or nil
    /// when every task exited 0.
    func runBefore(_ change: Change, service: Service, revisionArns: [String: String], desired: DesiredSpecs.Index,
                   world: World.Index, runID: String) async throws -> String? {
        guard let steps = change.runBefore, !steps.isEmpty else { return nil }
        let address = change.address.description
        let tasks = service.runBefore ?? []
        guard tasks.count == steps.count else {
            throw ApplyError(failures: ["\(address): the plan's runBefore steps do not match the service's desired spec; plan again"])
        }
        guard let runner = provider as? any TaskRunner else {
            throw ApplyError(failures: ["\(address): \(provider.label) cannot run tasks, which runBefore needs"])
        }
        for (i, (task, step)) in zip(tasks, steps).enumerated() {
            try checkStop()
            let ref = TaskDefinitionRef(step.revision)
            // The revision this plan registered, or the one already there.
            let spec = world.revision(family: ref.family, number: ref.revision ?? -1)?.spec ?? desired.taskDefinitions[ref.family]
            guard let arn = revisionArns[step.revision], let spec else {
                throw ApplyError(failures: ["\(address): runBefore task definition \(step.revision) is not registered"])
            }
            emit(ApplyEvent(.step, address, "running \(step.revision) before the rollout (\(step.count) task\(step.count == 1 ? "" : "s"))"))
            // Numbered when there are several: each is its own step (and ECS clientToken).
            let detail = step.revision + (steps.count > 1 ? " #\(i + 1)" : "")
            let record = StepRecord(runID: runID, address: address, action: "run-before", detail: detail)
            let failure = try await run(task.request(taskDefinitionArn: arn, service: service), revision: step.revision,
                                    essential: spec.essentialContainers, on: runner, record: record)
            if let failure {
                let untouched = change.action == .create ? "the service was not created" : "the service was not updated"
                let message = "\(address): runBefore task \(step.revision) \(failure); \(untouched)"
                try? await runner.recordStep(StepRecord(runID: runID, address: address, action: "run-before-failed", detail: "\(detail): \(failure)"))
                emit(ApplyEvent(.serviceFailed, address, message))
                return message
            }
            try await runner.recordStep(StepRecord(runID: runID, address: address, action: "run-before-succeeded", detail: detail))
            // A fact about the task, not a claim on the state: shown at once, before the update.
            deliver(ApplyEvent(.stepDone, address, "\(step.revision) exited 0"))
        }
        return nil
    }

    /// Starts the tasks and follows them to STOPPED; what went wrong, or nil.
    /// Throws only when apply is interrupted while it waits.
    private func run(_ request: ECS.RunTaskRequest, revision: String, essential: Set<String>, on runner: any TaskRunner,
                     record: StepRecord) async throws -> String? {
        let response: ECS.RunTaskResponse
        do {
            response = try await runner.runTask(request, step: record)
        } catch {
            return "could not start: \(error)"
        }
        let reasons = (response.failures ?? []).map { [$0.reason, $0.detail].compactMap { $0 }.joined(separator: ": ") }
        let arns = (response.tasks ?? []).compactMap(\.taskArn)
        guard reasons.isEmpty, arns.count == request.count ?? 1 else {
            let started = arns.isEmpty ? "" : " (\(arns.count) started, left running: \(arns.map(TaskState.id(fromArn:)).joined(separator: ", ")))"
            return "could not start: \(reasons.isEmpty ? "RunTask started no task" : reasons.joined(separator: "; "))\(started)"
        }
        let cluster = request.cluster ?? ""
        let deadline = ContinuousClock.now + options.timeout
        var stopped: [ECS.Task] = []
        do {
            while true {
                let described = try await runner.describeTasks(cluster: cluster, taskArns: arns)
                stopped = (described.tasks ?? []).filter { $0.lastStatus == "STOPPED" }
                if stopped.count == arns.count { break }
                if let missing = described.failures?.first {
                    return "could not be followed: DescribeTasks reports \(missing.arn.map(TaskState.id(fromArn:)) ?? "a task") \(missing.reason ?? "missing")"
                }
                try checkStop()
                if ContinuousClock.now >= deadline {
                    let left = arns.count - stopped.count
                    return "did not stop within \(options.timeout) (\(left) task\(left == 1 ? "" : "s") left running)"
                }
                try await runner.awaitTaskProgress()
            }
        } catch let e as ApplyError {
            throw e
        } catch {
            return "could not be followed: \(error)"
        }
        for t in stopped {
            let outcome = TaskOutcome(t, essential: essential)
            guard outcome.essentialExitCode != 0 else { continue }
            let reason = outcome.stoppedReason.flatMap { $0.isEmpty ? nil : $0 } ?? "no reason given"
            let task = "(task \(TaskState.id(fromArn: outcome.taskArn)))"
            guard let code = outcome.essentialExitCode else { return "\(task) stopped without an exit code (stopped reason: \(reason))" }
            let container = outcome.containers.first { essential.contains($0.name) && $0.exitCode == code }
            return "\(task) exited with code \(code)" + (container.map { " in container \($0.name)" } ?? "") + " (stopped reason: \(reason))"
        }
        return nil
    }

}
