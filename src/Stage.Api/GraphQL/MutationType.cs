using GraphQL.Types;

namespace Stage.Api.GraphQL;

/// <summary>The root mutation type, assembled from every feature's <see cref="IMutationFields"/>.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "The entry points for changing things. Each takes one `input` and answers a payload whose `errors` list the business rules that refused it.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
