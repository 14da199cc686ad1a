using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Common;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages.Reminding;

/// <summary>One or more servers on one database, sending through a stand-in gateway, whose clocks move together.</summary>
public sealed class Clinic : IAsyncDisposable
{
    public required StandInGateway Gateway { get; init; }
    public required IReadOnlyList<OpdApp> Servers { get; init; }
    public OpdApp App => Servers[0];

    public static async Task<Clinic> Start(PostgresFixture postgres, int servers = 1, Dictionary<string, string?>? more = null)
    {
        var gateway = await StandInGateway.Start();
        var database = await postgres.CreateDatabase();
        var settings = gateway.Settings(new() { ["Notifications:ReminderSeconds"] = "0.05", ["Notifications:PollSeconds"] = "0.05" });
        foreach (var (key, value) in more ?? [])
            settings[key] = value;
        var apps = Enumerable.Range(0, servers).Select(_ => new OpdApp(database, settings)).ToList();
        foreach (var app in apps)
            await app.InitializeAsync();
        return new Clinic { Gateway = gateway, Servers = apps };
    }

    /// <summary>Every server's clock to this clinic time.</summary>
    public void At(int day, int hour, int minute = 0)
    {
        foreach (var app in Servers)
            app.Clock.Now = FixedClock.Clinic(2026, 11, day, hour, minute);
    }

    public async Task<List<Message>> Of(Guid tokenId, string kind) => (await App.Messages(tokenId)).Where(m => m.Kind == kind).ToList();

    /// <summary>Waits until the token has a message of the kind that was sent, and answers it.</summary>
    public async Task<Message> Sent(Guid tokenId, string kind)
    {
        var written = await Eventually.Get(() => Of(tokenId, kind), m => m.Count > 0, $"a {kind} message about {tokenId}");
        return await App.WaitFor(Assert.Single(written).Id, MessageStatus.Sent);
    }

    public async Task<Guid> Book(string phone, string date, string time = "10:30")
    {
        var booked = await App.Anonymous().Book(Api.Booking(phone, date: date, time: time));
        Assert.True(booked.Status == System.Net.HttpStatusCode.OK, booked.Raw);
        return Guid.Parse(booked.TokenId);
    }

    public async Task Stop(string phone)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OptOuts>().Stop(IndianMobile.Parse(phone), OptOuts.Web, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in Servers)
            await app.DisposeAsync();
        await Gateway.DisposeAsync();
    }
}
