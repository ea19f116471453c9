using GraphQL.Types;
using Stage.Api.Geography;

namespace Stage.Api.Offers;

/// <summary>The address part of an offer, exposed as its own object.</summary>
public sealed class OfferAddressType : ObjectGraphType<Offer>
{
    public OfferAddressType()
    {
        Name = "Address";
        Description = "Where the internship takes place.";
        Field(o => o.Street).Description("Street and number.");
        Field(o => o.PostalCode, nullable: true).Description("The postal code: 5 digits in France; as given locally abroad.");
        Field(o => o.City).Description("The city.");
        Field(o => o.DepartmentCode, nullable: true)
            .Description("The département code derived from the postal code (01..95, 2A, 2B, 971..976); null abroad.");
        Field(o => o.RegionCode, nullable: true).Description("The INSEE code of the region (e.g. 11 for Île-de-France); null abroad.");
        Field<PlaceType>("commune")
            .Description("The commune (or municipal arrondissement of Paris, Lyon or Marseille) of the address, from the gazetteer: its INSEE code, " +
                "name, point... Given by the publisher or found from the postal code and city; null abroad or when the address names no known commune.")
            .Resolve(c => c.Source.CommuneCode is { } code ? PlaceDirectory.France.FindByCodeOrId(code) : null);
        Field<AcademyType>("academy").Description("The académie of the address's département; null abroad.")
            .Resolve(c => FrenchAcademies.OfDepartment(c.Source.DepartmentCode));
        Field(o => o.CountryCode).Description("The ISO 3166-1 alpha-2 country code: FR, or another country for internships abroad.");
    }
}
