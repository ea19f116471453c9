using GraphQL.Types;
using NetTopologySuite.Geometries;

namespace Stage.Api.Geography;

public sealed class PlaceType : ObjectGraphType<Place>
{
    public PlaceType()
    {
        Name = "Place";
        Description = "A place people search by: a commune, a municipal arrondissement, a département, a région or an académie (INSEE's official geographic code, 2026).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("An opaque id, accepted by `near: {place}`.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<PlaceKindType>>("kind").Description("What kind of place this is.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("The INSEE code of a commune or arrondissement (\"42218\"), or the code of the département, région or académie.")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The official name, in French (\"Saint-Étienne\").").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("postalCodes")
            .Description("The postal codes serving a commune or arrondissement; empty for the other kinds.").Resolve(c => c.Source.PostalCodes);
        Field<NonNullGraphType<IntGraphType>>("population")
            .Description("The legal municipal population (summed over the communes of a département, région or académie).")
            .Resolve(c => (int)Math.Min(c.Source.Population, int.MaxValue));
        Field<DepartmentType>("department").Description("The département it lies in (itself for a département); null for régions and académies.")
            .Resolve(c => Gazetteer.France.Department(c.Source.DepartmentCode));
        Field<RegionType>("region").Description("The région it lies in (itself for a région).").Resolve(c => Gazetteer.France.Region(c.Source.RegionCode));
        Field<AcademyType>("academy")
            .Description("The académie it belongs to (itself for an académie); null in the overseas collectivités, which have none.")
            .Resolve(c => FrenchAcademies.Find(c.Source.AcademyCode));
        Field<PlaceType>("city").Description("For a municipal arrondissement of Paris, Lyon or Marseille, its city; otherwise null.")
            .Resolve(c => c.Source.CityCode is { } city ? PlaceDirectory.France.Find(PlaceKind.Commune, city) : null);
        Field<NonNullGraphType<GeoPointType>>("point")
            .Description("Where searches around this place are centred: the commune's own point, or the chef-lieu's (the seat's for an académie).")
            .Resolve(c => new Point(c.Source.Longitude, c.Source.Latitude) { SRID = 4326 });
        Field<NonNullGraphType<PointPrecisionType>>("pointPrecision").Description("How the point was found.").Resolve(c => c.Source.Precision);
    }
}

public sealed class PlaceKindType : EnumerationGraphType<PlaceKind>
{
    public PlaceKindType()
    {
        Name = "PlaceKind";
        Description = "The kinds of places.";
        Values["COMMUNE"]!.Description = "A commune (the 34,969 of INSEE's code, overseas included).";
        Values["ARRONDISSEMENT"]!.Description = "A municipal arrondissement of Paris, Lyon or Marseille.";
        Values["DEPARTMENT"]!.Description = "A département (or an overseas collectivité, listed as INSEE lists it).";
        Values["REGION"]!.Description = "A région (or an overseas collectivité).";
        Values["ACADEMY"]!.Description = "An académie, the education ministry's territory.";
    }
}

public sealed class PointPrecisionType : EnumerationGraphType<PointPrecision>
{
    public PointPrecisionType()
    {
        Name = "PointPrecision";
        Description = "How a place's point was found. Communes without a populated place of their own borrow a neighbour's point, never outside their département.";
        Values["PLACE"]!.Description = "A populated place of the commune itself (GeoNames).";
        Values["POSTAL_CODE"]!.Description = "The point of the most populous commune of the same département sharing a postal code.";
        Values["INTERMUNICIPALITY"]!.Description = "The point of the most populous commune of its intercommunality (EPCI) in the same département.";
        Values["DEPARTMENT"]!.Description = "The point of its département's chef-lieu.";
        Values["MANUAL"]!.Description = "An approximate point given by hand (uninhabited overseas territories).";
    }
}

public sealed class DepartmentType : ObjectGraphType<Department>
{
    public DepartmentType()
    {
        Name = "Department";
        Description = "A French département.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Its code (01..95, 2A, 2B, 971..976; 975..989 for the overseas collectivités).")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name, in French.").Resolve(c => c.Source.Name);
        Field<RegionType>("region").Description("Its région.").Resolve(c => Gazetteer.France.Region(c.Source.RegionCode));
        Field<AcademyType>("academy").Description("Its académie; null for the overseas collectivités.").Resolve(c => FrenchAcademies.OfDepartment(c.Source.Code));
    }
}

public sealed class RegionType : ObjectGraphType<Region>
{
    public RegionType()
    {
        Name = "Region";
        Description = "A French région.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Its INSEE code (e.g. 11, 84, 04).").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name, in French.").Resolve(c => c.Source.Name);
    }
}

public sealed class AcademyType : ObjectGraphType<Academy>
{
    public AcademyType()
    {
        Name = "Academy";
        Description = "An académie: the education ministry's territory over whole départements, led by a rectorat.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The ministry's académie code (e.g. 10 for Lyon, 70 for Normandie).").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name, in French (\"Lyon\", \"Orléans-Tours\").").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentType>>>>("departments").Description("Its départements.")
            .Resolve(c => c.Source.DepartmentCodes.Select(Gazetteer.France.Department).OfType<Department>().ToList());
    }
}
