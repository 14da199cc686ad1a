using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Opd.Core.Data;
using Opd.Core.Departments;
using Opd.Core.Staff;

namespace Opd.Tests.Infrastructure;

/// <summary>
/// The real web host on its own fresh database. The clinic clock stands at Monday 2026-11-23
/// 08:00 in Keonjhar unless a test moves it.
/// </summary>
public sealed class OpdApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly PostgresFixture? _postgres;

    public OpdApp(PostgresFixture postgres) => _postgres = postgres;

    /// <summary>With services of the test's own at a real seam (an <c>IQueueEvents</c> that records, say).</summary>
    internal OpdApp(PostgresFixture postgres, Action<IServiceCollection> services) => (_postgres, _services) = (postgres, services);

    private readonly Action<IServiceCollection>? _services;

    private readonly Dictionary<string, string?> _settings = [];

    /// <summary>On a database of the test's own choosing, with extra settings.</summary>
    /// <param name="port">For a real server: this port (0 = any free one).</param>
    /// <param name="connectionString">Empty for the embedded cluster in OPD_DATA_DIR, as a first start on a new machine.</param>
    internal OpdApp(string connectionString, Dictionary<string, string?>? settings = null, bool realServer = false, int port = 0,
        Action<IServiceCollection>? services = null) =>
        (ConnectionString, _settings, _realServer, _port, _services) = (connectionString, settings ?? [], realServer, port, services);

    /// <summary>On Kestrel with a real port, for a browser; otherwise the in-memory test server.</summary>
    private readonly bool _realServer;
    private readonly int _port;

    /// <summary>Where a browser reaches the server (real-server apps only).</summary>
    public string BaseUrl { get; private set; } = "";

    public const string AdminKey = "opd_test_admin_key_0123456789abcdefghijklmnop";

    /// <summary>Chosen, so that no test server writes generated credentials into the working directory.</summary>
    public const string AdminPassword = "opd-test-admin-password";
    public static readonly DateOnly Monday = new(2026, 11, 23);

    private int _day;

    public FixedClock Clock { get; } = new(FixedClock.Clinic(2026, 11, 23, 8));
    public string ConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (_postgres is not null)
            ConnectionString = await _postgres.CreateDatabase();
        if (_realServer)
        {
            UseKestrel(_port);
            StartServer();
            BaseUrl = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        }
        else
            _ = Server; // starts the host: migrations are already in the template, departments and admin are added now
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Opd", ConnectionString);
        builder.UseSetting("OPD_DEMO_DATA", "false");
        builder.UseSetting("OPD_ADMIN_API_KEY", AdminKey);
        builder.UseSetting("OPD_ADMIN_PASSWORD", AdminPassword);
        // Tests move the clock by hand; the minute-by-minute session closer would race them. Its handler is tested directly.
        builder.UseSetting("Queue:NoShowAfterSessionMinutes", "-1");
        // Test classes book hundreds of tokens from one in-memory client; the limits themselves are tested with their defaults.
        foreach (var limit in new[] { "BookingsPerAddress", "FindsPerAddress", "ChatsPerAddress", "SignInsPerAddress", "BookingsPerPhonePerHour", "CodesPerAddress", "CodeChecksPerAddress", "McpCallsPerAddress" })
            builder.UseSetting($"RateLimits:{limit}", "1000000");
        // Likewise the counter's share of each day: tests of capacity count every place; CounterShareTests keep the default.
        builder.UseSetting("Clinic:CounterShare", "0");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            _services?.Invoke(s);
        });
    }

    /// <summary>
    /// A Monday–Saturday date after the test Monday that no other test of this class got, so that
    /// numbering starts from 1 on it (about 75 such days lie within the 90-day booking window).
    /// </summary>
    public string OpenDay()
    {
        var n = Interlocked.Increment(ref _day);
        Assert.True(n <= 75, "This test class asked for more open days than the booking window holds.");
        var date = Monday;
        while (n > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek != DayOfWeek.Sunday)
                n--;
        }
        return date.ToString("yyyy-MM-dd");
    }

    public HttpClient Anonymous() => CreateClient();

    public HttpClient Staff(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public HttpClient Admin() => Staff(AdminKey);

    public async Task<string> NewStaffKey(string role)
    {
        var issued = await Services.GetRequiredService<ManageStaff>()
            .CreateUser($"{role}-{Guid.NewGuid():N}"[..20], null, [Enum.Parse<StaffRole>(role, ignoreCase: true)], CancellationToken.None);
        return issued.Value!.Secret;
    }

    /// <summary>Changes data behind the server's back, as an operator with psql would; the department cache forgets at once.</summary>
    public async Task Sql(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
        Services.GetRequiredService<DepartmentDirectory>().Invalidate();
    }

    public OpdDbContext Db() => Services.GetRequiredService<IDbContextFactory<OpdDbContext>>().CreateDbContext();

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // The test's own connections (Sql, Db) come from a global pool that outlives the app;
        // without this every finished test class would keep them open.
        if (ConnectionString.Length > 0)
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
    }
}
