using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Offers;

/// <summary>An organisation publishing offers in bulk through the API (association, ministry, network...).</summary>
public sealed class Operator
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class OperatorConfiguration : IEntityTypeConfiguration<Operator>
{
    public void Configure(EntityTypeBuilder<Operator> builder)
    {
        builder.ToTable("operators");
        builder.Property(o => o.Name).HasMaxLength(FieldLimits.OperatorName);
        builder.Property(o => o.CreatedAt).HasDefaultValueSql("now()");
        builder.HasIndex(o => o.Name).IsUnique();
    }
}

public sealed class OperatorType : ObjectGraphType<Operator>
{
    public const string TypeName = "Operator";

    public OperatorType()
    {
        Name = TypeName;
        Description = "An organisation publishing offers in bulk through the API: association, ministry, partner network...";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The operator's global id.")
            .Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(o => o.Name).Description("The operator's name.");
    }
}
