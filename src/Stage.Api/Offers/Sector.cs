using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Offers;

public sealed class Sector
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}

public sealed class SectorType : ObjectGraphType<Sector>
{
    public const string TypeName = "Sector";

    public SectorType()
    {
        Name = TypeName;
        Description = "A sector of activity, as listed by the national platform (51 sectors).";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The sector's global id.")
            .Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(s => s.Code).Description("The sector's stable API code, from s1 to s51.");
        Field(s => s.Name).Description("The sector's name, in French.");
    }
}

internal sealed class SectorConfiguration : IEntityTypeConfiguration<Sector>
{
    public void Configure(EntityTypeBuilder<Sector> builder)
    {
        builder.ToTable("sectors", table => table.HasCheckConstraint("ck_sectors_code", "code = 's' || id"));
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Code).HasMaxLength(4);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasData(Sectors.All);
    }
}

public sealed class SectorQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>>("sectors")
            .Description("The 51 sectors of activity, ordered by code number (s1..s51).")
            .Resolve(_ => Sectors.All);
}

/// <summary>The 51 sectors of activity of the national platform, with their API codes s1..s51.</summary>
public static class Sectors
{
    public static IReadOnlyList<Sector> All { get; } =
    [
        new() { Id = 1, Code = "s1", Name = "Agroéquipement" },
        new() { Id = 2, Code = "s2", Name = "Architecture, urbanisme et paysage" },
        new() { Id = 3, Code = "s3", Name = "Armée - Défense" },
        new() { Id = 4, Code = "s4", Name = "Art et design" },
        new() { Id = 5, Code = "s5", Name = "Artisanat d'art" },
        new() { Id = 6, Code = "s6", Name = "Arts du spectacle" },
        new() { Id = 7, Code = "s7", Name = "Audiovisuel" },
        new() { Id = 8, Code = "s8", Name = "Automobile" },
        new() { Id = 9, Code = "s9", Name = "Banque et assurance" },
        new() { Id = 10, Code = "s10", Name = "Bâtiment et travaux publics (BTP)" },
        new() { Id = 11, Code = "s11", Name = "Bien-être" },
        new() { Id = 12, Code = "s12", Name = "Commerce et distribution" },
        new() { Id = 13, Code = "s13", Name = "Communication" },
        new() { Id = 14, Code = "s14", Name = "Comptabilité, gestion, ressources humaines" },
        new() { Id = 15, Code = "s15", Name = "Conseil et audit" },
        new() { Id = 16, Code = "s16", Name = "Construction aéronautique, ferroviaire et navale" },
        new() { Id = 17, Code = "s17", Name = "Culture et patrimoine" },
        new() { Id = 18, Code = "s18", Name = "Droit et justice" },
        new() { Id = 19, Code = "s19", Name = "Édition, librairie, bibliothèque" },
        new() { Id = 20, Code = "s20", Name = "Électronique" },
        new() { Id = 21, Code = "s21", Name = "Énergie" },
        new() { Id = 22, Code = "s22", Name = "Enseignement" },
        new() { Id = 23, Code = "s23", Name = "Environnement" },
        new() { Id = 24, Code = "s24", Name = "Filière bois" },
        new() { Id = 25, Code = "s25", Name = "Fonction publique" },
        new() { Id = 26, Code = "s26", Name = "Hôtellerie, restauration" },
        new() { Id = 27, Code = "s27", Name = "Immobilier, transactions immobilières" },
        new() { Id = 28, Code = "s28", Name = "Industrie alimentaire" },
        new() { Id = 29, Code = "s29", Name = "Industrie chimique" },
        new() { Id = 30, Code = "s30", Name = "Industrie, ingénierie industrielle" },
        new() { Id = 31, Code = "s31", Name = "Informatique et réseaux" },
        new() { Id = 32, Code = "s32", Name = "Jeu vidéo" },
        new() { Id = 33, Code = "s33", Name = "Journalisme" },
        new() { Id = 34, Code = "s34", Name = "Logistique et transport" },
        new() { Id = 35, Code = "s35", Name = "Maintenance" },
        new() { Id = 36, Code = "s36", Name = "Marketing, publicité" },
        new() { Id = 37, Code = "s37", Name = "Mécanique" },
        new() { Id = 38, Code = "s38", Name = "Métiers d'art" },
        new() { Id = 39, Code = "s39", Name = "Mode" },
        new() { Id = 40, Code = "s40", Name = "Papiers Cartons" },
        new() { Id = 41, Code = "s41", Name = "Paramédical" },
        new() { Id = 42, Code = "s42", Name = "Recherche" },
        new() { Id = 43, Code = "s43", Name = "Santé" },
        new() { Id = 44, Code = "s44", Name = "Sécurité" },
        new() { Id = 45, Code = "s45", Name = "Services postaux" },
        new() { Id = 46, Code = "s46", Name = "Social" },
        new() { Id = 47, Code = "s47", Name = "Sport" },
        new() { Id = 48, Code = "s48", Name = "Tourisme" },
        new() { Id = 49, Code = "s49", Name = "Traduction, interprétation" },
        new() { Id = 50, Code = "s50", Name = "Verre, béton, céramique" },
        new() { Id = 51, Code = "s51", Name = "Agriculture" },
    ];

    private static readonly Dictionary<int, Sector> s_byId = All.ToDictionary(s => s.Id);

    public static Sector ById(int id) => s_byId[id];
}
