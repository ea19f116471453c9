using GraphQL.Types;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Offers.Search;

public sealed class DateRangeInputType : InputObjectGraphType
{
    public DateRangeInputType()
    {
        Name = "DateRangeInput";
        Description = "A period of whole days, both ends included. At most two years long.";
        Field<NonNullGraphType<DateType>>("from").Description("The first day of the period.");
        Field<NonNullGraphType<DateType>>("to").Description("The last day of the period, on or after `from`.");
    }
}
