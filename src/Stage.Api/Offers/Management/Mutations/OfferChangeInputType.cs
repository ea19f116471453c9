using GraphQL.Types;

namespace Stage.Api.Offers.Management.Mutations;

/// <summary>The input of a status change of one offer: its id.</summary>
public abstract class OfferChangeInputType : InputObjectGraphType
{
    protected OfferChangeInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("offerId").Description("The offer's global id.");
    }
}
