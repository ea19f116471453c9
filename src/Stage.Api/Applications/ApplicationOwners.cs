namespace Stage.Api.Applications;

/// <summary>The parties of an application, as access rules need them.</summary>
public sealed record ApplicationOwners(long PupilId, long SchoolId, long EmployerId, long? OperatorId);
