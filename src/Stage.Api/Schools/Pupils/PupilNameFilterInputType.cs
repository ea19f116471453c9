using GraphQL.Types;

namespace Stage.Api.Schools.Pupils;

public sealed class PupilNameFilterInputType : InputObjectGraphType
{
    public PupilNameFilterInputType()
    {
        Name = "PupilNameFilterInput";
        Description = "A search on pupils' names, ignoring case and accents.";
        Field<StringGraphType>(PupilFilterFields.Contains)
            .Description("Words (at most 100 characters in all), each found in the first or last name: \"lea mar\" finds Léa Martin. Blank matches everyone.");
    }
}
