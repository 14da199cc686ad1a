using Microsoft.AspNetCore.Http;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages.StaffSide;

/// <summary>A server and stand-in gateway shared by the staff-side tests: the gateway refuses the numbers in <see cref="Refused"/>.</summary>
public sealed class MessageDesk(PostgresFixture postgres) : IAsyncLifetime
{
    public StandInGateway Gateway { get; private set; } = null!;
    public OpdApp App { get; private set; } = null!;
    public HashSet<string> Refused { get; } = [];

    public async ValueTask InitializeAsync()
    {
        Gateway = await StandInGateway.Start();
        Gateway.Script = (r, _, _) =>
        {
            lock (Refused)
                return Task.FromResult(Refused.Contains(r.Form.GetValueOrDefault("to", "")[2..]) ? Results.BadRequest("invalid number") : null);
        };
        App = new OpdApp(await postgres.CreateDatabase(), Gateway.Settings());
        await App.InitializeAsync();
    }

    /// <summary>A booked token's confirmation, once the gateway has answered it.</summary>
    public async Task<Message> Confirmation(string phone, params MessageStatus[] statuses)
    {
        var booked = await App.Anonymous().Book(Api.Booking(phone, date: App.OpenDay()));
        Assert.True(booked.Status == System.Net.HttpStatusCode.OK, booked.Raw);
        var message = Assert.Single(await App.Messages(Guid.Parse(booked.TokenId)));
        return await App.WaitFor(message.Id, statuses);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Gateway.DisposeAsync();
    }
}
