// generated from botocore 1.43.11 by Tools/ecsmodel/generate.py, do not edit.
// Change the generator, the pinned version or Sources/ECSModel/Overlay.yaml and run it again.

extension ECS {
    public static let targetPrefix = "AmazonEC2ContainerServiceV20141113"
    public static let apiVersion = "2014-11-13"

    /// The operations ecsplan calls, each with its request and response shape.
    public enum Operations {
        public static let registerTaskDefinition = Operation<RegisterTaskDefinitionRequest, RegisterTaskDefinitionResponse>(name: "RegisterTaskDefinition")
        public static let deregisterTaskDefinition = Operation<DeregisterTaskDefinitionRequest, DeregisterTaskDefinitionResponse>(name: "DeregisterTaskDefinition")
        public static let describeTaskDefinition = Operation<DescribeTaskDefinitionRequest, DescribeTaskDefinitionResponse>(name: "DescribeTaskDefinition")
        public static let listTaskDefinitions = Operation<ListTaskDefinitionsRequest, ListTaskDefinitionsResponse>(name: "ListTaskDefinitions")
        public static let listTaskDefinitionFamilies = Operation<ListTaskDefinitionFamiliesRequest, ListTaskDefinitionFamiliesResponse>(name: "ListTaskDefinitionFamilies")
        public static let createService = Operation<CreateServiceRequest, CreateServiceResponse>(name: "CreateService")
        public static let updateService = Operation<UpdateServiceRequest, UpdateServiceResponse>(name: "UpdateService")
        public static let deleteService = Operation<DeleteServiceRequest, DeleteServiceResponse>(name: "DeleteService")
        public static let describeServices = Operation<DescribeServicesRequest, DescribeServicesResponse>(name: "DescribeServices")
        public static let listServices = Operation<ListServicesRequest, ListServicesResponse>(name: "ListServices")
        public static let listServiceDeployments = Operation<ListServiceDeploymentsRequest, ListServiceDeploymentsResponse>(name: "ListServiceDeployments")
        public static let describeServiceDeployments = Operation<DescribeServiceDeploymentsRequest, DescribeServiceDeploymentsResponse>(name: "DescribeServiceDeployments")
        public static let describeServiceRevisions = Operation<DescribeServiceRevisionsRequest, DescribeServiceRevisionsResponse>(name: "DescribeServiceRevisions")
        public static let createCluster = Operation<CreateClusterRequest, CreateClusterResponse>(name: "CreateCluster")
        public static let updateCluster = Operation<UpdateClusterRequest, UpdateClusterResponse>(name: "UpdateCluster")
        public static let updateClusterSettings = Operation<UpdateClusterSettingsRequest, UpdateClusterSettingsResponse>(name: "UpdateClusterSettings")
        public static let deleteCluster = Operation<DeleteClusterRequest, DeleteClusterResponse>(name: "DeleteCluster")
        public static let describeClusters = Operation<DescribeClustersRequest, DescribeClustersResponse>(name: "DescribeClusters")
        public static let listClusters = Operation<ListClustersRequest, ListClustersResponse>(name: "ListClusters")
        public static let putClusterCapacityProviders = Operation<PutClusterCapacityProvidersRequest, PutClusterCapacityProvidersResponse>(name: "PutClusterCapacityProviders")
        public static let describeCapacityProviders = Operation<DescribeCapacityProvidersRequest, DescribeCapacityProvidersResponse>(name: "DescribeCapacityProviders")
        public static let runTask = Operation<RunTaskRequest, RunTaskResponse>(name: "RunTask")
        public static let stopTask = Operation<StopTaskRequest, StopTaskResponse>(name: "StopTask")
        public static let describeTasks = Operation<DescribeTasksRequest, DescribeTasksResponse>(name: "DescribeTasks")
        public static let listTasks = Operation<ListTasksRequest, ListTasksResponse>(name: "ListTasks")
        public static let describeContainerInstances = Operation<DescribeContainerInstancesRequest, DescribeContainerInstancesResponse>(name: "DescribeContainerInstances")
        public static let listContainerInstances = Operation<ListContainerInstancesRequest, ListContainerInstancesResponse>(name: "ListContainerInstances")
        public static let tagResource = Operation<TagResourceRequest, TagResourceResponse>(name: "TagResource")
        public static let untagResource = Operation<UntagResourceRequest, UntagResourceResponse>(name: "UntagResource")
        public static let listTagsForResource = Operation<ListTagsForResourceRequest, ListTagsForResourceResponse>(name: "ListTagsForResource")
    }
}
