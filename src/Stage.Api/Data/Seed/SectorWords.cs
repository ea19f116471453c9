namespace Stage.Api.Data.Seed;

/// <summary>
/// Words of one sector for building French texts: jobs ("métier de …"), activities (objects of
/// "découvrir …"), singular workplaces ("notre …"), brand words of company names ("Martin …"), and
/// how common private employers of the sector are (relative weight, 0 for none).
/// </summary>
internal sealed record SectorWords(
    string[] Jobs,
    string[] Activities,
    string[] Workplaces,
    string[] Brands,
    double PrivateWeight);
