using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Opd.Core.Data;

/// <summary>Lets 'dotnet ef' build the model without a running server; no connection is opened.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<OpdDbContext>
{
    public OpdDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OpdDbContext>().UseNpgsql("Host=localhost;Database=opd_design").Options);
}
