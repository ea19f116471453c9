using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Stage.Api.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a running server.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<StageDbContext>
{
    public StageDbContext CreateDbContext(string[] args)
    {
        var dataSource = StageDataSource.Create("Host=127.0.0.1;Database=stage_design");
        var options = new DbContextOptionsBuilder<StageDbContext>().UseStageDatabase(dataSource).Options;
        return new StageDbContext(options);
    }
}
