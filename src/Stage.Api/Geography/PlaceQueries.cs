using GraphQL;
using GraphQL.Types;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Geography;

public sealed class PlaceQueries : IQueryFields
{
    public void AddTo(QueryType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceType>>>>("places")
            .Description(
                "Autocomplete over places: communes and arrondissements, départements, régions and académies. Names match " +
                "without regard to case, accents, hyphens or apostrophes (\"st etienne\" finds Saint-Étienne), the last word as a prefix; " +
                "postal codes, INSEE codes and their prefixes match too (\"690\" finds the 6900x). Exact matches first, then by population.")
            .Argument<NonNullGraphType<StringGraphType>>("search", $"What the person typed, at most {PlaceDirectory.MaxSearchLength} characters.")
            .Argument<IntGraphType>("first", arg =>
            {
                arg.Description = $"How many places, 1 to {PlaceDirectory.MaxResults}.";
                arg.DefaultValue = 10;
            })
            .Resolve(context =>
            {
                var search = context.GetArgument<string>("search");
                var first = context.GetArgument("first", 10);
                if (search.Length > PlaceDirectory.MaxSearchLength)
                {
                    throw new InvalidArgumentError(ErrorCodes.SearchTooLong, "search", $"The search text is limited to {PlaceDirectory.MaxSearchLength} characters.");
                }

                if (first is < 1 or > PlaceDirectory.MaxResults)
                {
                    throw new InvalidArgumentError(ErrorCodes.InvalidPageSize, "first", $"`first` must be between 1 and {PlaceDirectory.MaxResults}.");
                }

                return PlaceDirectory.France.Search(search, first);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AcademyType>>>>("academies")
            .Description("The 30 académies of metropolitan France and the overseas départements, by code.")
            .Resolve(_ => FrenchAcademies.All);
    }
}
