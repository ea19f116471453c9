using GraphQL.Types;

namespace Stage.Api.Offers.Management.Mutations;

/// <summary>The fields an offer's inputs share: required to create, optional to update.</summary>
public static class OfferInputFields
{
    public const string IdempotencyKeyDescription =
        "Optional, at most 100 characters: a retry with the same key and input returns the first result without doing it twice. Kept 24 hours.";

    public static void AddOfferFields(this InputObjectGraphType type, bool required)
    {
        Add<StringGraphType>(type, required, "title", "The offer's title (1 to 150 characters).");
        Add<StringGraphType>(type, required, "description", "What the pupil will observe and do (1 to 1,500 characters).");
        Add<StringGraphType>(type, required, "sectorCode", "The sector of activity's code, s1 to s51 (see `sectors`).");
        Add<ListGraphType<NonNullGraphType<GradeType>>>(type, required, "grades",
            "The grades the offer is open to: QUATRIEME and/or TROISIEME (collège), or SECONDE (lycée), never both kinds.");
        Add<ListGraphType<NonNullGraphType<StringGraphType>>>(type, required, "weeks",
            "ISO weeks like \"2026-W25\", distinct. 4e/3e: weeks of the school year (September to June). 2nde: the mandatory period's " +
            "week 1, week 2 or both (the period ends on the last Friday of June and starts 11 days earlier: 2026-W25 and 2026-W26 in 2026).");
        Add<IntGraphType>(type, required, "seats", "How many pupils the host can take: 1 to 6,000, and never fewer than the seats already taken.");
        Add<OfferAddressInputType>(type, required, "address", "Where the internship takes place" + (required ? "." : "; replaces the whole address."));
        Add<FloatGraphType>(type, required, "latitude", "The address's latitude, -90 to 90 (with the longitude, not both 0).");
        Add<FloatGraphType>(type, required, "longitude", "The address's longitude, -180 to 180 (with the latitude, not both 0).");
    }

    /// <summary>The employer of an operator's offer, and its remote id.</summary>
    public static void AddPublisherFields(this InputObjectGraphType type, bool remoteIdRequired)
    {
        type.Field<IdGraphType>("employerId")
            .Description("Operators: the offer's employer, one of the employers of your offers. Give this or `newEmployer`. Employer members leave it out.");
        type.Field<NewEmployerInputType>("newEmployer")
            .Description("Operators: the offer's employer, described (matched against your employers, or created). Give this or `employerId`.");
        const string remoteId = "Operators only: the offer's id in your own system (1 to 100 characters), unique among your offers.";
        if (remoteIdRequired)
        {
            type.Field<NonNullGraphType<StringGraphType>>("remoteId").Description(remoteId + " Identifies the offer to create or update.");
        }
        else
        {
            type.Field<StringGraphType>("remoteId").Description(remoteId + " Optional.");
        }
    }

    private static void Add<TGraphType>(InputObjectGraphType type, bool required, string name, string description)
        where TGraphType : IGraphType
    {
        if (required)
        {
            type.Field<NonNullGraphType<TGraphType>>(name).Description(description);
        }
        else
        {
            type.Field<TGraphType>(name).Description(description + " Left out: unchanged.");
        }
    }
}
