using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Database;
using Opd.Core.Departments;
using Opd.Core.Staff;
using Opd.Core.Tokens;

namespace Opd.Core;

public static class ServiceCollectionExtensions
{
    /// <summary>Everything the application needs, for the web host, the CLI and the tests alike.</summary>
    public static IServiceCollection AddOpdCore(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddDbContextFactory<OpdDbContext>(o => o.UseNpgsql(connectionString));
        services.TryAddSingletonTimeProvider();
        services.Configure<ClinicOptions>(configuration.GetSection(ClinicOptions.Section));
        services.AddSingleton<ClinicClock>();

        services.AddSingleton<BookToken.Handler>();
        services.AddSingleton<ChangeTokenStatus.Handler>();
        services.AddSingleton<GetToken.Handler>();
        services.AddSingleton<SearchTokens.Handler>();
        services.AddSingleton<DailyTokens.Handler>();
        services.AddSingleton<TokenStats.Handler>();
        services.AddSingleton<ListDepartments.Handler>();
        services.AddSingleton<ManageStaff>();
        services.AddSingleton<AuthenticateApiKey>();
        services.AddSingleton<FirstAdmin>();
        services.AddSingleton<DemoData>();
        services.AddSingleton<DatabaseSetup>();
        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(s => s.ServiceType != typeof(TimeProvider)))
            services.AddSingleton(TimeProvider.System);
    }
}
