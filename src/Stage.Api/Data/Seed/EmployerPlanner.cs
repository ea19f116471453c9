using Stage.Api.Offers;

namespace Stage.Api.Data.Seed;

/// <summary>
/// Decides the host structures of a run and how many offers each one publishes (about 8 on average,
/// a few large ones with dozens), until the requested number of offers is reached.
/// </summary>
internal static class EmployerPlanner
{
    private static readonly HostKind[] Kinds =
    [
        HostKind.PrivateCompany, HostKind.MicroEnterprise, HostKind.Association,
        HostKind.LocalAuthority, HostKind.PublicEstablishment, HostKind.Administration,
    ];

    private static readonly double[] CumulativeKindWeights = SeedRandom.Cumulate([0.60, 0.14, 0.09, 0.07, 0.06, 0.04]);

    private static readonly double[] CumulativeSectorWeights = SeedRandom.Cumulate(SectorVocabulary.All.Select(s => s.PrivateWeight));

    public static List<EmployerPlan> Plan(
        Random random, int offers, long firstEmployerId, long firstOfferId, IReadOnlyList<SeedOperator> operators)
    {
        var plans = new List<EmployerPlan>((offers / 8) + 8);
        var nextOfferId = firstOfferId;
        var remaining = offers;
        while (remaining > 0)
        {
            var (kind, sectorId, template) = Choose(random, plans.Count);
            var count = Math.Min(remaining, OfferCount(random, kind));
            // The first employers cover every département, so that even a small demo data set spans the country.
            var townIndex = plans.Count < SeedTowns.DepartmentCodes.Count
                ? SeedTowns.PickIndexIn(random, SeedTowns.DepartmentCodes[plans.Count])
                : SeedTowns.PickIndex(random);
            var city = SeedTowns.All[townIndex].City;
            var name = template is null
                ? EmployerTexts.CompanyName(random, kind, sectorId, city)
                : HostTemplates.NameFor(template, city);
            var words = SectorVocabulary.For(sectorId);
            var workplace = template?.Workplace ?? random.Pick(words.Workplaces);
            plans.Add(new EmployerPlan(
                firstEmployerId + plans.Count, FrenchText.Fit(name, FieldLimits.EmployerName), kind, sectorId, workplace,
                townIndex, count, nextOfferId, ChooseOperator(random, kind, sectorId, operators)));
            nextOfferId += count;
            remaining -= count;
        }

        return plans;
    }

    /// <summary>
    /// The first employers of a run cover every host kind, then every sector, so that even a small
    /// demo data set has them all; the others are drawn (mostly private companies).
    /// </summary>
    private static (HostKind Kind, int SectorId, HostTemplate? Template) Choose(Random random, int index)
    {
        if (index < Kinds.Length)
        {
            return ChooseForKind(random, Kinds[index]);
        }

        var coveredSector = index - Kinds.Length + 1;
        if (coveredSector <= SectorVocabulary.All.Count)
        {
            if (SectorVocabulary.For(coveredSector).PrivateWeight > 0)
            {
                return (HostKind.PrivateCompany, coveredSector, null);
            }

            var template = random.Pick(HostTemplates.All.Where(t => t.SectorId == coveredSector).ToArray());
            return (template.Kind, coveredSector, template);
        }

        return ChooseForKind(random, Kinds[random.PickWeighted(CumulativeKindWeights)]);
    }

    private static (HostKind Kind, int SectorId, HostTemplate? Template) ChooseForKind(Random random, HostKind kind)
    {
        if (kind is HostKind.PrivateCompany or HostKind.MicroEnterprise)
        {
            return (kind, random.PickWeighted(CumulativeSectorWeights) + 1, null);
        }

        var template = random.Pick(HostTemplates.OfKind(kind));
        return (kind, template.SectorId, template);
    }

    private static int OfferCount(Random random, HostKind kind)
    {
        if (kind == HostKind.MicroEnterprise)
        {
            return random.Next(1, 4);
        }

        var size = random.NextDouble();
        return size switch
        {
            < 0.50 => random.Next(1, 4),
            < 0.80 => random.Next(4, 13),
            < 0.96 => random.Next(13, 31),
            _ => random.Next(31, 101),
        };
    }

    private static SeedOperator? ChooseOperator(Random random, HostKind kind, int sectorId, IReadOnlyList<SeedOperator> operators)
    {
        var specialised = operators.FirstOrDefault(o => o.SectorId == sectorId);
        if (specialised is not null && kind != HostKind.Association)
        {
            return random.Chance(0.8) ? specialised : null;
        }

        var general = operators.Where(o => o.SectorId is null).ToArray();
        return general.Length > 0 && random.Chance(0.10) ? random.Pick(general) : null;
    }
}

/// <summary>
/// One host structure to create and what its offers need to know about it: its offers get the ids
/// <see cref="FirstOfferId"/> .. <see cref="FirstOfferId"/> + <see cref="OfferCount"/> - 1.
/// </summary>
internal sealed record EmployerPlan(
    long Id,
    string Name,
    HostKind Kind,
    int SectorId,
    string Workplace,
    int TownIndex,
    int OfferCount,
    long FirstOfferId,
    SeedOperator? Operator);
