using Stage.Api.Offers;

namespace Stage.Api.Data.Seed;

/// <summary>A public or associative host: its sector, its name ("{de}" becomes "de Lyon") and its workplace.</summary>
internal sealed record HostTemplate(HostKind Kind, int SectorId, string Name, string Workplace);

/// <summary>Names of hosts that are not companies, each tied to the sector it works in.</summary>
internal static class HostTemplates
{
    public static IReadOnlyList<HostTemplate> All { get; } =
    [
        new(HostKind.Administration, 3, "Base de défense {de}", "base"),
        new(HostKind.Administration, 3, "Centre d'information et de recrutement des forces armées {de}", "centre"),
        new(HostKind.Administration, 3, "Régiment de soutien {de}", "régiment"),
        new(HostKind.Administration, 18, "Tribunal judiciaire {de}", "tribunal"),
        new(HostKind.Administration, 18, "Conseil de prud'hommes {de}", "tribunal"),
        new(HostKind.Administration, 25, "Sous-préfecture {de}", "sous-préfecture"),
        new(HostKind.Administration, 25, "Centre des finances publiques {de}", "centre"),
        new(HostKind.Administration, 44, "Commissariat de police {de}", "commissariat"),
        new(HostKind.Administration, 44, "Brigade de gendarmerie {de}", "brigade"),
        new(HostKind.Administration, 23, "Direction départementale des territoires, antenne {de}", "service"),
        new(HostKind.Administration, 22, "Direction des services départementaux de l'Éducation nationale, antenne {de}", "service"),
        new(HostKind.Administration, 9, "Banque de France, succursale {de}", "succursale"),

        new(HostKind.PublicEstablishment, 43, "Centre hospitalier {de}", "hôpital"),
        new(HostKind.PublicEstablishment, 41, "Centre hospitalier {de}, service de rééducation", "service"),
        new(HostKind.PublicEstablishment, 17, "Musée des beaux-arts {de}", "musée"),
        new(HostKind.PublicEstablishment, 22, "Université {de}", "université"),
        new(HostKind.PublicEstablishment, 42, "Institut de recherche {de}", "laboratoire"),
        new(HostKind.PublicEstablishment, 45, "Centre de tri postal {de}", "centre de tri"),
        new(HostKind.PublicEstablishment, 25, "France Travail {city}", "agence"),
        new(HostKind.PublicEstablishment, 48, "Office de tourisme {de}", "office de tourisme"),
        new(HostKind.PublicEstablishment, 23, "Office français de la biodiversité, service {de}", "service"),
        new(HostKind.PublicEstablishment, 51, "Lycée agricole {de}, exploitation pédagogique", "exploitation"),
        new(HostKind.PublicEstablishment, 6, "Opéra {de}", "opéra"),
        new(HostKind.PublicEstablishment, 44, "Service départemental d'incendie et de secours, centre {de}", "caserne"),
        new(HostKind.PublicEstablishment, 34, "Port autonome {de}", "port"),
        new(HostKind.PublicEstablishment, 21, "Régie municipale d'électricité {de}", "régie"),

        new(HostKind.LocalAuthority, 25, "Mairie {de}", "mairie"),
        new(HostKind.LocalAuthority, 25, "Conseil départemental, antenne {de}", "service"),
        new(HostKind.LocalAuthority, 19, "Médiathèque municipale {de}", "médiathèque"),
        new(HostKind.LocalAuthority, 47, "Service des sports de la ville {de}", "complexe sportif"),
        new(HostKind.LocalAuthority, 23, "Communauté d'agglomération {de}, service environnement", "service"),
        new(HostKind.LocalAuthority, 2, "Ville {de}, service urbanisme", "service"),
        new(HostKind.LocalAuthority, 46, "Centre communal d'action sociale {de}", "centre"),
        new(HostKind.LocalAuthority, 17, "Archives municipales {de}", "service"),
        new(HostKind.LocalAuthority, 34, "Régie des transports {de}", "dépôt"),
        new(HostKind.LocalAuthority, 26, "Cuisine centrale de la ville {de}", "cuisine centrale"),
        new(HostKind.LocalAuthority, 6, "Conservatoire municipal {de}", "conservatoire"),
        new(HostKind.LocalAuthority, 24, "Ville {de}, service des espaces verts", "service"),

        new(HostKind.Association, 46, "Entraide {city}", "local"),
        new(HostKind.Association, 46, "Épicerie solidaire {de}", "épicerie"),
        new(HostKind.Association, 47, "Union sportive {de}", "club"),
        new(HostKind.Association, 47, "Cercle nautique {de}", "club"),
        new(HostKind.Association, 6, "Compagnie Les Tréteaux {de}", "salle de répétition"),
        new(HostKind.Association, 23, "Collectif Nature {city}", "local"),
        new(HostKind.Association, 17, "Les Amis du patrimoine {de}", "site"),
        new(HostKind.Association, 22, "Soutien scolaire {city}", "local"),
        new(HostKind.Association, 33, "Radio {city} FM", "studio"),
        new(HostKind.Association, 51, "Jardins partagés {de}", "jardin"),
        new(HostKind.Association, 48, "Auberge de jeunesse {de}", "auberge"),
        new(HostKind.Association, 4, "Atelier associatif Arts et Formes {city}", "atelier"),
        new(HostKind.Association, 31, "Repair café et fablab {de}", "fablab"),
        new(HostKind.Association, 12, "Ressourcerie {de}", "boutique"),
        new(HostKind.Association, 43, "Association d'aide à domicile {de}", "service"),
        new(HostKind.Association, 41, "Maison de santé pluriprofessionnelle {de}", "maison de santé"),
    ];

    public static string NameFor(HostTemplate template, string city) =>
        template.Name.Replace("{de}", FrenchText.Of(city), StringComparison.Ordinal)
            .Replace("{city}", city, StringComparison.Ordinal);

    public static IReadOnlyList<HostTemplate> OfKind(HostKind kind) => ByKind[kind];

    private static readonly Dictionary<HostKind, HostTemplate[]> ByKind =
        All.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.ToArray());
}
