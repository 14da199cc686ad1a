using System.Net;
using Microsoft.AspNetCore.Http;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>A provider that fails, or answers too late: the message is tried again later, ever more slowly, until its deadline.</summary>
public sealed class RetryTests(PostgresFixture postgres) : IAsyncLifetime
{
    private StandInGateway _gateway = null!;
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _gateway = await StandInGateway.Start();
        _app = new OpdApp(await postgres.CreateDatabase(), _gateway.Settings(new()
        {
            ["Notifications:RetryFirstSeconds"] = "60", ["Notifications:RetryMaxSeconds"] = "600",
            ["Notifications:Sms:Http:TimeoutSeconds"] = "1", ["Notifications:Sms:Http:TotalTimeoutSeconds"] = "2",
        }));
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _gateway.DisposeAsync();
    }

    /// <summary>Books on a day of its own (the clock only moves forward) and has the stand-in answer its messages with <paramref name="answer"/>.</summary>
    private async Task<Message> Book(string time, Func<CancellationToken, Task<IResult?>> answer)
    {
        var phone = Unique.Phone();
        _gateway.Script = (r, _, ct) => r.Form["to"] == "91" + phone ? answer(ct) : Task.FromResult<IResult?>(null);
        var booked = await _app.Anonymous().Book(Api.Booking(phone, date: _app.OpenDay(), time: time));
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        return Assert.Single(await _app.Messages(Guid.Parse(booked.TokenId)));
    }

    private static Func<CancellationToken, Task<IResult?>> Always(IResult result) => _ => Task.FromResult<IResult?>(result);

    [Fact]
    public async Task FailedSends_AreRetriedWithGrowingWaits_ThenExpireAtTheAppointment()
    {
        var message = await Book("13:40", Always(Results.StatusCode(503)));
        Assert.Equal(new TimeOnly(13, 40), TimeOnly.FromDateTime(message.Deadline.ToOffset(TimeSpan.FromHours(5.5)).DateTime));

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await _app.WaitFor(message.Id, m => m.Attempts == attempt, MessageStatus.Queued);
            Assert.Equal(attempt, _gateway.For(message.Id).Count);
            Assert.StartsWith("503", failed.ProviderAnswer);
            var wait = failed.NextAttemptAt - _app.Clock.Now;
            var full = 60 * Math.Pow(2, attempt - 1);
            Assert.InRange(wait.TotalSeconds, full / 2 - 1, full + 1);
            await Task.Delay(300);
            Assert.Equal(attempt, _gateway.For(message.Id).Count); // not before its time
            if (attempt < 4)
                _app.Clock.Now = failed.NextAttemptAt;
        }

        // Close to the appointment the next wait would end after it: this failure is the last.
        _app.Clock.Now = message.Deadline.AddSeconds(-20);
        var expired = await _app.WaitFor(message.Id, MessageStatus.Expired);
        Assert.Equal(5, expired.Attempts);
        Assert.Equal(5, _gateway.For(message.Id).Count);
        _app.Clock.Now = message.Deadline.AddHours(1);
        await Task.Delay(500);
        Assert.Equal(5, _gateway.For(message.Id).Count);
    }

    [Fact]
    public async Task AMessageStillWaitingAtItsDeadline_ExpiresWithoutASend()
    {
        var message = await Book("14:10", Always(Results.StatusCode(500)));
        var failed = await _app.WaitFor(message.Id, m => m.Attempts == 1, MessageStatus.Queued);
        _app.Clock.Now = message.Deadline;
        var expired = await _app.WaitFor(message.Id, MessageStatus.Expired);
        Assert.Equal(1, expired.Attempts);
        Assert.Single(_gateway.For(message.Id));
        Assert.Equal(failed.ProviderAnswer, expired.ProviderAnswer);
    }

    [Fact]
    public async Task AnAnswerAfterTheTimeout_CountsAsFailed_AndTheNextAttemptSends()
    {
        var first = true;
        var message = await Book("14:40", async ct =>
        {
            if (first)
            {
                first = false;
                await Task.Delay(TimeSpan.FromSeconds(5), ct);
            }
            return null;
        });
        var failed = await _app.WaitFor(message.Id, m => m.Attempts == 1, MessageStatus.Queued);
        Assert.Contains("Timeout", failed.ProviderAnswer);
        _app.Clock.Now = failed.NextAttemptAt;
        var sent = await _app.WaitFor(message.Id, MessageStatus.Sent);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal(2, _gateway.For(message.Id).Count);
    }

    [Fact]
    public async Task AProviderRefusal_IsFinal()
    {
        var message = await Book("15:20", Always(Results.BadRequest("invalid number")));
        var failed = await _app.WaitFor(message.Id, MessageStatus.Failed);
        Assert.StartsWith("400", failed.ProviderAnswer);
        _app.Clock.Now = _app.Clock.Now.AddHours(1);
        await Task.Delay(500);
        Assert.Single(_gateway.For(message.Id));
    }
}
