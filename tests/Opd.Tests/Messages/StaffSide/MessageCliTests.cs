using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages.StaffSide;

/// <summary>opd messages list | resend and opd sms-test, as real processes on the server's database and gateway.</summary>
public sealed class MessageCliTests(MessageDesk desk) : IClassFixture<MessageDesk>
{
    private static readonly string CliData = Path.Combine(Path.GetTempPath(), $"opd-cli-messages-{Environment.ProcessId}");

    private Task<OpdCli.Run> Opd(params string[] args) => OpdCli.Opd(desk.App.ConnectionString, CliData, desk.Gateway.Settings(), args);

    [Fact]
    public async Task MessagesList_FiltersTheLog_AndResendQueuesACopy()
    {
        var bad = Unique.Phone();
        lock (desk.Refused)
            desk.Refused.Add(bad);
        var failed = await desk.Confirmation(bad, MessageStatus.Failed);
        await desk.Confirmation(Unique.Phone(), MessageStatus.Sent);

        var list = await Opd("messages", "list", "--status", "failed", "--phone", bad);
        Assert.True(list.ExitCode == 0, list.Err);
        var line = Assert.Single(list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{failed.Id}  ", line);
        Assert.Contains("booking_confirmation", line);
        Assert.Equal(2, (await Opd("messages", "list", "--status", "lost")).ExitCode);

        lock (desk.Refused)
            desk.Refused.Remove(bad);
        var resend = await Opd("messages", "resend", failed.Id.ToString());
        Assert.True(resend.ExitCode == 0, resend.Err);
        // Queued by the command's own clock, the machine's: the server's test clock stands days earlier, so it is checked as written.
        var copy = await desk.App.Message(Guid.Parse(resend.Out.Trim()));
        Assert.Equal((MessageStatus.Queued, failed.Text, failed.ToPhone, failed.TokenId), (copy.Status, copy.Text, copy.ToPhone, copy.TokenId));
        Assert.Equal(4, (await Opd("messages", "resend", copy.Id.ToString())).ExitCode);
        Assert.Equal(3, (await Opd("messages", "resend", Guid.NewGuid().ToString())).ExitCode);
    }

    [Fact]
    public async Task SmsTest_SendsThroughTheConfiguredGateway_AndPrintsItsAnswer()
    {
        var phone = Unique.Phone();
        var run = await Opd("sms-test", phone);
        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        Assert.Contains(" sent  http  prov-", run.Out);
        var request = Assert.Single(desk.Gateway.Requests, r => r.Form["to"] == "91" + phone);
        Assert.Equal("Test message from the OPD token service: SMS works.", request.Form["text"]);

        var refused = Unique.Phone();
        lock (desk.Refused)
            desk.Refused.Add(refused);
        var failed = await Opd("sms-test", refused);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains(" failed  http", failed.Out);
        Assert.Equal(2, (await Opd("sms-test", "12345")).ExitCode);
    }
}
