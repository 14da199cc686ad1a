using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Common;
using Opd.Core.Messages;

namespace Opd.Cli;

/// <summary>opd messages (list, resend) and opd sms-test: the admin page's message log from a shell.</summary>
internal static class MessageCommands
{
    public static Command Messages()
    {
        var command = new Command("messages", "The message log: list it with filters, or send a failed or expired message again.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Resend());
        return command;
    }

    private static Command List()
    {
        var status = new Option<string?>("--status") { Description = "queued, sending, sent, delivered, failed, expired or stopped." };
        var kind = new Option<string?>("--kind") { Description = $"One of {string.Join(", ", MessageKinds.Values.Keys)}." };
        var phone = new Option<string?>("--phone") { Description = "Only messages to this mobile number." };
        var from = new Option<DateOnly?>("--from") { Description = "First day written, YYYY-MM-DD (clinic time)." };
        var to = new Option<DateOnly?>("--to") { Description = "Last day written." };
        var page = new Option<int>("--page") { Description = "Page, newest first (default 1).", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--page-size") { Description = $"Messages per page, 1–{MessageLog.MaxPageSize} (default 50).", DefaultValueFactory = _ => 50 };
        var command = new Command("list", "Messages newest first, one a line: id, written, kind, status, tries, phone, text.") { status, kind, phone, from, to, page, size };
        command.SetAction((parse, ct) => CliHost.Run(async (services, token) =>
        {
            var found = await services.GetRequiredService<MessageLog>().List(new MessageLog.Query(parse.GetValue(status), parse.GetValue(kind), parse.GetValue(phone),
                parse.GetValue(from), parse.GetValue(to), parse.GetValue(page), parse.GetValue(size)), token);
            if (!found.IsSuccess)
                return Outcome.Fail(found.Error!);
            var clock = services.GetRequiredService<ClinicClock>();
            foreach (var m in found.Value!.Items)
                Console.WriteLine($"{m.Id}  {clock.InClinic(m.CreatedAt):yyyy-MM-dd HH:mm}  {m.Kind,-20} {m.Status.ToString().ToLowerInvariant(),-9} {m.Attempts,2}  {m.ToPhone}  {m.Text}");
            Console.Error.WriteLine($"{found.Value.Total} messages; page {found.Value.Page}.");
            return ExitCodes.Ok;
        }, needsSchema: true, ct));
        return command;
    }

    private static Command Resend()
    {
        var id = new Argument<Guid>("id") { Description = "The message's id, as 'opd messages list' shows it." };
        var command = new Command("resend", "Sends a failed or expired message again, as a new message the server's dispatcher sends.") { id };
        command.SetAction((parse, ct) => CliHost.Run(async (services, token) =>
        {
            var copy = await services.GetRequiredService<MessageLog>().Resend(parse.GetValue(id), token);
            if (!copy.IsSuccess)
                return Outcome.Fail(copy.Error!);
            Console.WriteLine(copy.Value!.Id);
            return ExitCodes.Ok;
        }, needsSchema: true, ct));
        return command;
    }

    public static Command SmsTest()
    {
        var phone = new Argument<string>("phone") { Description = "A 10-digit mobile number to send the test to." };
        var wait = new Option<int>("--timeout") { Description = "Seconds to wait for the gateway's answer (default 60).", DefaultValueFactory = _ => 60 };
        var command = new Command("sms-test", "Sends a test SMS through the configured gateway (Notifications__Sms__...) and prints its answer.") { phone, wait };
        command.SetAction((parse, ct) => CliHost.Run(async (services, token) =>
        {
            var queued = await services.GetRequiredService<TestMessage>().Queue(parse.GetValue(phone), token);
            if (!queued.IsSuccess)
                return Outcome.Fail(queued.Error!);
            var id = queued.Value!.Id;
            var message = await SendAndWait(services, id, TimeSpan.FromSeconds(parse.GetValue(wait)), token);
            Console.WriteLine($"{id}  {message.Status.ToString().ToLowerInvariant()}  {message.Gateway}  {message.ProviderId}  {message.ProviderAnswer}");
            return message.Status is MessageStatus.Sent or MessageStatus.Delivered ? ExitCodes.Ok : ExitCodes.Failed;
        }, needsSchema: true, ct));
        return command;
    }

    /// <summary>Sends the message from here (a running server may take it first; then its answer is awaited) until it is sent or given up.</summary>
    private static async Task<Message> SendAndWait(IServiceProvider services, Guid id, TimeSpan timeout, CancellationToken ct)
    {
        var dispatch = services.GetRequiredService<DispatchMessages>();
        var log = services.GetRequiredService<MessageLog>();
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            await dispatch.RunOnce(ct, only: id);
            var message = (await log.Find(id, ct))!;
            // A first failure is worth reporting at once: the next try is half a minute away.
            if (message.Status != MessageStatus.Sending && (message.Attempts > 0 || message.Status != MessageStatus.Queued) || DateTime.UtcNow > until)
                return message;
            await Task.Delay(200, ct);
        }
    }
}
