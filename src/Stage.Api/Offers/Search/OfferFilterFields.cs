namespace Stage.Api.Offers.Search;

/// <summary>Names of the fields of <c>OfferFilterInput</c>, shared by the input type and its SQL translation.</summary>
public static class OfferFilterFields
{
    public const string Title = "title";
    public const string SectorCode = "sectorCode";
    public const string EmployerKind = "employerKind";
    public const string EmployerName = "employerName";
    public const string Grades = "grades";
    public const string StartDate = "startDate";
    public const string EndDate = "endDate";
    public const string Weeks = "weeks";
    public const string DepartmentCode = "departmentCode";
    public const string RegionCode = "regionCode";
    public const string CountryCode = "countryCode";
    public const string RemainingSeats = "remainingSeats";
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";
    public const string Period = "period";
}
