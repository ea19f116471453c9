namespace Stage.Api.Schools.Pupils;

/// <summary>Page sizes of <c>pupils</c>.</summary>
public static class PupilPaging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
