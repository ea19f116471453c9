using GraphQL.Types;

namespace Stage.Api.Schools.Pupils;

public sealed class PupilEdgeType : ObjectGraphType<PupilEdge>
{
    public PupilEdgeType()
    {
        Name = "PupilEdge";
        Description = "A pupil in a page of a school's pupils, with its cursor.";
        Field(e => e.Cursor).Description("An opaque cursor: pass it as `after` or `before` to page from this pupil.");
        Field<NonNullGraphType<PupilType>>("node").Description("The pupil.").Resolve(context => context.Source.Node);
    }
}
