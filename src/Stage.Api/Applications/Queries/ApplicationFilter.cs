using Stage.Api.Kit.Filtering;

namespace Stage.Api.Applications.Queries;

/// <summary>What <c>ApplicationFilterInput</c>'s fields are on an application: its status and submission time.</summary>
public static class ApplicationFilter
{
    public static readonly FilterFields Fields = new("Applications")
    {
        ["status"] = new PropertyField<Application, ApplicationStatus>(a => a.Status),
        ["submittedAt"] = new PropertyField<Application, DateTimeOffset>(a => a.SubmittedAt, t => t.ToUniversalTime()),
    };
}
