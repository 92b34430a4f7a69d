import ECSPlanCore
import Testing

/// The rules of `ecsplan run`'s options: what `--like-service` lends, where
/// the overrides go, and the option spellings.
@Suite struct RunTaskOptionsTests {
    static func revision(_ containers: [ECS.ContainerDefinition]) -> TaskDefinitionRevision {
        TaskDefinitionRevision(family: "migrate", revision: 2, arn: "arn:aws:ecs:us-east-1:1:task-definition/migrate:2", managed: true,
                               spec: TaskDefinition(family: "migrate", containerDefinitions: containers))
    }

    static let app = ECS.ContainerDefinition(name: "app", image: "app:1")
    static let sidecar = ECS.ContainerDefinition(name: "log", image: "log:1", essential: false)

    static var web: ServiceState {
        var spec = Service(name: "web", cluster: "prod", taskDefinition: "web")
        spec.networkConfiguration = ECS.NetworkConfiguration(awsvpcConfiguration: ECS.AwsVpcConfiguration(subnets: ["subnet-a"]))
        spec.capacityProviderStrategy = [ECS.CapacityProviderStrategyItem(capacityProvider: "FARGATE_SPOT", weight: 1)]
        spec.tags = [ECS.Tag(key: "team", value: "payments"), ECS.Tag(key: ManagedMarker.key, value: ManagedMarker.value)]
        return ServiceState(cluster: "prod", name: "web", arn: "arn:web", managed: true, taskDefinitionArn: "arn:td", desiredCount: 1, spec: spec)
    }

    @Test func likeServiceLendsNetworkCapacityAndItsOwnTags() throws {
        let r = try RunTaskOptions(cluster: "prod").request(for: Self.revision([Self.app]), like: Self.web)
        #expect(r.taskDefinition == "arn:aws:ecs:us-east-1:1:task-definition/migrate:2")
        #expect(r.networkConfiguration?.awsvpcConfiguration?.subnets == ["subnet-a"])
        #expect(r.capacityProviderStrategy?.map(\.capacityProvider) == ["FARGATE_SPOT"])
        // The managed-by marker is the service's, not the one-off task's.
        #expect(r.tags?.map(\.key) == ["team"])
        #expect(r.overrides == nil)
    }

    @Test func optionsGivenWinOverTheService() throws {
        var o = RunTaskOptions(cluster: "prod")
        o.launchType = "FARGATE"
        o.networkConfiguration = ECS.NetworkConfiguration(awsvpcConfiguration: ECS.AwsVpcConfiguration(subnets: ["subnet-b"]))
        let r = try o.request(for: Self.revision([Self.app]), like: Self.web)
        #expect(r.launchType == "FARGATE")
        #expect(r.capacityProviderStrategy == nil)
        #expect(r.networkConfiguration?.awsvpcConfiguration?.subnets == ["subnet-b"])
    }

    @Test func overridesGoToTheOnlyEssentialContainer() throws {
        var o = RunTaskOptions(cluster: "prod")
        o.command = ["bin/migrate", "--up"]
        o.environment = [try RunTaskOptions.environmentVariable("URL=postgres://h/db?a=b")]
        let r = try o.request(for: Self.revision([Self.sidecar, Self.app]))
        let c = try #require(r.overrides?.containerOverrides?.first)
        #expect(c.name == "app")
        #expect(c.command == ["bin/migrate", "--up"])
        #expect(c.environment == [ECS.KeyValuePair(name: "URL", value: "postgres://h/db?a=b")])
    }

    @Test func twoEssentialContainersNeedContainer() throws {
        var o = RunTaskOptions(cluster: "prod")
        o.command = ["true"]
        let two = Self.revision([Self.app, ECS.ContainerDefinition(name: "worker", image: "w:1")])
        #expect(throws: RunTaskOptionError.self) { try o.request(for: two) }
        o.container = "worker"
        #expect(try o.request(for: two).overrides?.containerOverrides?.first?.name == "worker")
        o.container = "nope"
        #expect(throws: RunTaskOptionError.self) { try o.request(for: two) }
    }

    @Test func launchTypeAndStrategyExcludeEachOther() {
        var o = RunTaskOptions(cluster: "prod")
        o.launchType = "EC2"
        o.capacityProviderStrategy = [ECS.CapacityProviderStrategyItem(capacityProvider: "FARGATE")]
        #expect(throws: RunTaskOptionError.self) { try o.request(for: Self.revision([Self.app])) }
    }

    @Test func spellings() throws {
        let s = try RunTaskOptions.capacityProviderStrategy("FARGATE_SPOT:3,FARGATE:1:1")
        #expect(s == [ECS.CapacityProviderStrategyItem(capacityProvider: "FARGATE_SPOT", weight: 3),
                      ECS.CapacityProviderStrategyItem(capacityProvider: "FARGATE", weight: 1, base: 1)])
        #expect(throws: RunTaskOptionError.self) { try RunTaskOptions.capacityProviderStrategy("FARGATE:x") }
        #expect(throws: RunTaskOptionError.self) { try RunTaskOptions.environmentVariable("=v") }
    }

    @Test func theEssentialContainersCodeDecides() {
        let task = ECS.Task(containers: [ECS.Container(name: "log", exitCode: 0), ECS.Container(name: "app", exitCode: 3)], taskArn: "arn:t")
        #expect(TaskOutcome(task, essential: ["app"]).exitCode == 3)
        #expect(TaskOutcome(ECS.Task(containers: [ECS.Container(name: "app")], taskArn: "arn:t"), essential: ["app"]).exitCode == 1)
    }
}
