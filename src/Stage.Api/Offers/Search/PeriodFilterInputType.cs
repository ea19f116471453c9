using GraphQL.Types;

namespace Stage.Api.Offers.Search;

public sealed class PeriodFilterInputType : InputObjectGraphType
{
    public const string Overlaps = "overlaps";
    public const string Within = "within";

    public PeriodFilterInputType()
    {
        Name = "PeriodFilterInput";
        Description = "Compares an offer's dates (first Monday to last Friday) with a period.";
        Field<DateRangeInputType>(Overlaps).Description("Offers with at least one day inside the period.");
        Field<DateRangeInputType>(Within).Description("Offers whose weeks all fall inside the period, as the national platform searches.");
    }
}
