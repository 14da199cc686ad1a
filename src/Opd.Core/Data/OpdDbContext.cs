using Microsoft.EntityFrameworkCore;
using Opd.Core.Departments;
using Opd.Core.Staff;
using Opd.Core.Tokens;

namespace Opd.Core.Data;

public sealed class OpdDbContext(DbContextOptions<OpdDbContext> options) : DbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<OpeningHours> OpeningHours => Set<OpeningHours>();
    public DbSet<Token> Tokens => Set<Token>();
    public DbSet<TokenEvent> TokenEvents => Set<TokenEvent>();
    public DbSet<DepartmentDay> DepartmentDays => Set<DepartmentDay>();
    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpdDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
