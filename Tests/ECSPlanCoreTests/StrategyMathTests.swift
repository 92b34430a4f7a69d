import Testing
@testable import ECSPlanCore

/// The steps and peak of a rollout per deployment strategy, as ECS runs them.
@Suite struct StrategyMathTests {
    typealias Kind = DeploymentStrategySettings.Kind

    static func input(_ kind: Kind, desired: Int, old: Int? = nil, percents: DeploymentPercents = .init(minimumHealthyPercent: 100, maximumPercent: 200),
                      bake: Int = 0, step: Double = 10, stepBake: Int = 6, canary: Double = 5, canaryBake: Int = 10) -> StrategyMath.Input {
        let old = old ?? desired
        let settings = DeploymentStrategySettings(kind: kind, bakeMinutes: bake, stepPercent: step, stepBakeMinutes: stepBake,
                                                  canaryPercent: canary, canaryBakeMinutes: canaryBake)
        let schedule = kind == .rolling ? RolloutMath.schedule(desired: desired, old: old, new: 0, percents: percents)
                                        : RolloutMath.Schedule(starts: [desired], batches: [old])
        return StrategyMath.Input(settings: settings, desired: desired, old: old, onTarget: 0, schedule: schedule)
    }

    @Test func linearStepsShiftInEqualIncrementsUpToAll() {
        let settings = DeploymentStrategySettings(kind: .linear, stepPercent: 25)
        #expect(settings.trafficShifts == [25, 50, 75, 100])
        let steps = StrategyMath.steps(Self.input(.linear, desired: 4, step: 25, stepBake: 5))
        #expect(steps.map(\.kind) == [.start, .shift, .bake, .shift, .bake, .shift, .bake, .shift, .stop])
        // The step bake waits between shifts, never after the last one.
        #expect(steps.filter { $0.kind == .bake }.allSatisfy { $0.seconds == 5 * 60 })
    }

    @Test func aStepThatDoesNotDivideAHundredEndsAtAHundredWithoutFloatDrift() {
        #expect(DeploymentStrategySettings(kind: .linear, stepPercent: 33.3).trafficShifts == [33.3, 66.6, 99.9, 100])
        #expect(DeploymentStrategySettings(kind: .linear, stepPercent: 30).trafficShifts == [30, 60, 90, 100])
        #expect(DeploymentStrategySettings(kind: .linear, stepPercent: 100).trafficShifts == [100])
    }

    @Test func canaryShiftsItsShareThenTheRest() {
        #expect(DeploymentStrategySettings(kind: .canary, canaryPercent: 10).trafficShifts == [10, 100])
        #expect(DeploymentStrategySettings(kind: .canary, canaryPercent: 100).trafficShifts == [100])
        let steps = StrategyMath.steps(Self.input(.canary, desired: 4, bake: 3, canary: 10, canaryBake: 15))
        #expect(steps.map(\.kind) == [.start, .shift, .bake, .shift, .bake, .stop])
        #expect(steps.compactMap(\.trafficPercent) == [10, 100])
        #expect(steps.filter { $0.kind == .bake }.map(\.seconds) == [15 * 60, 3 * 60])
    }

    @Test func blueGreenStartsTheWholeGreenFleetShiftsAtOnceBakesThenStopsBlue() {
        let steps = StrategyMath.steps(Self.input(.blueGreen, desired: 4, bake: 10))
        #expect(steps.map(\.kind) == [.start, .shift, .bake, .stop])
        #expect(steps.first?.start == 4 && steps.last?.stop == 4)
        #expect(steps[2].seconds == 10 * 60)
    }

    @Test func theGreenFleetIsWholeEvenWhenTheCanaryShareIsLessThanATask() {
        for desired in 1...3 {
            let input = Self.input(.canary, desired: desired, canary: 10)
            let steps = StrategyMath.steps(input)
            #expect(steps.first?.start == desired)
            #expect(StrategyMath.peakTasks(input, steps: steps) == 2 * desired)
        }
    }

    @Test func trafficShiftingStrategiesNeedRoomForBothFleets() {
        for kind in [Kind.blueGreen, .linear, .canary] {
            let input = Self.input(kind, desired: 5)
            #expect(StrategyMath.peakTasks(input, steps: StrategyMath.steps(input)) == 10, "\(kind)")
        }
    }

    /// Small desired counts round minimum healthy up and maximum down; the
    /// steps keep both bounds at every point and the peak is the surge bound.
    @Test func rollingStepsStayWithinTheRoundedBounds() {
        for desired in 1...9 {
            for (low, high) in [(0, 100), (50, 150), (50, 200), (100, 150), (100, 200)] {
                let percents = DeploymentPercents(minimumHealthyPercent: low, maximumPercent: high)
                let input = Self.input(.rolling, desired: desired, percents: percents)
                if input.schedule.problem != nil { continue }
                let steps = StrategyMath.steps(input)
                var old = desired, new = 0
                for step in steps {
                    new += step.start
                    #expect(old + new <= percents.maximumTasks(desired: desired), "\(desired) \(low)/\(high)")
                    old -= step.stop
                    #expect(old + new >= percents.minimumHealthy(desired: desired), "\(desired) \(low)/\(high)")
                }
                #expect(old == 0 && new == desired)
                #expect(StrategyMath.peakTasks(input, steps: steps) <= percents.maximumTasks(desired: desired))
            }
        }
    }

    @Test func oneTaskAtFiftyAndAHundredFiftyPercentHasNoRoomToRoll() {
        // ceil(0.5) = 1 must stay, floor(1.5) = 1 may run: nothing can move.
        let input = Self.input(.rolling, desired: 1, percents: .init(minimumHealthyPercent: 50, maximumPercent: 150))
        #expect(input.schedule.problem != nil)
    }

    @Test func stepsFollowOneAnotherAndTheEstimateIsTheirSum() {
        let input = Self.input(.linear, desired: 4, bake: 10, step: 25)
        let steps = StrategyMath.steps(input)
        for (a, b) in zip(steps, steps.dropFirst()) { #expect(b.atSeconds == a.atSeconds + a.seconds) }
        let preview = RolloutPreview(strategy: "LINEAR", steps: steps, bakeMinutes: 10, peakTasks: 8, peakCPU: 0, peakMemory: 0)
        #expect(preview.estimatedSeconds == steps.reduce(0) { $0 + $1.seconds })
        #expect(preview.estimatedSeconds >= 10 * 60 + 3 * 6 * 60)
    }

    @Test func aRecreatedServiceStopsItsTasksBeforeStartingNewOnes() {
        var input = Self.input(.blueGreen, desired: 3, old: 5)
        input.replace = true
        let steps = StrategyMath.steps(input)
        #expect(steps.map(\.kind) == [.stop, .start])
        #expect(StrategyMath.peakTasks(input, steps: steps) == 5)
    }

    @Test func daemonServicesOnlyRoll() {
        var service = Service(name: "agent", cluster: "prod", taskDefinition: "agent")
        service.schedulingStrategy = .daemon
        service.deploymentConfiguration = ECS.DeploymentConfiguration(strategy: .blueGreen)
        #expect(DeploymentStrategySettings(service).kind == .rolling)
        service.schedulingStrategy = .replica
        #expect(DeploymentStrategySettings(service).kind == .blueGreen)
    }
}
