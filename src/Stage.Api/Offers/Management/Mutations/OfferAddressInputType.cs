using GraphQL.Types;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class OfferAddressInputType : InputObjectGraphType
{
    public OfferAddressInputType()
    {
        Name = "OfferAddressInput";
        Description = "Where the internship takes place. Abroad (a country other than FR) is for 2nde offers only.";
        Field<NonNullGraphType<StringGraphType>>("street").Description("Street and number (at most 300 characters).");
        Field<StringGraphType>("postalCode")
            .Description("The postal code: in France 5 digits naming a département (e.g. 75011, 20000 for Corsica, 97400 overseas); optional abroad.");
        Field<NonNullGraphType<StringGraphType>>("city").Description("The city (at most 120 characters).");
        Field<StringGraphType>("countryCode").DefaultValue("FR")
            .Description("The ISO 3166-1 alpha-2 country code; FR by default.");
    }
}
