namespace Stage.Api.Applications;

/// <summary>Which side of an application may make a change: the pupil, or the host (its members or its operator).</summary>
public enum ApplicationActor
{
    Pupil,
    Employer,
}
