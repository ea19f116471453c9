namespace Stage.Api.Data.Seed;

/// <summary>The schools a run created (ids by kind, for offers reserved to a school) and how many people they have.</summary>
internal sealed record SeededSchools(IReadOnlyList<long> Colleges, IReadOnlyList<long> Lycees, int Pupils, int StaffMembers, int Accounts)
{
    public int Count => Colleges.Count + Lycees.Count;
}
