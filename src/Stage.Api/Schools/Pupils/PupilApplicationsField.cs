using GraphQL.Types;
using Stage.Api.Applications;
using Stage.Api.Identity;

namespace Stage.Api.Schools.Pupils;

/// <summary>
/// <c>Pupil.applications</c>, so that a school's staff follow their pupils' applications. Added to the
/// <see cref="PupilType"/> the schema uses (see <see cref="PupilManagementSetup"/>).
/// </summary>
public static class PupilApplicationsField
{
    public const string Name = "applications";

    public static PupilType AddTo(PupilType pupilType)
    {
        pupilType.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationType>>>>(Name)
            .Description("The pupil's applications, newest first: all of them for the pupil and for their school's staff; for a host, only those to its offers.")
            .Resolve(context => context.RequestServices!.GetRequiredService<PupilApplicationsLoader>().Load(context.RequireViewer(), context.Source.Id));
        return pupilType;
    }
}
