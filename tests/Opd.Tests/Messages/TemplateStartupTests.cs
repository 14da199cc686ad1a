using System.Net;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>Templates are data: the server fills in the missing ones, writes in the configured language and refuses a template over the limit.</summary>
public sealed class TemplateStartupTests(PostgresFixture postgres)
{
    [Fact]
    public async Task ATemplateWithThreeVariables_StopsTheStart()
    {
        var database = await postgres.CreateDatabase();
        await using (var setup = new OpdApp(database))
        {
            await setup.InitializeAsync();
            await setup.Sql("""
                UPDATE message_templates SET text = 'टोकन {token}, {link}, {code}', variables = '{token,link,code}'
                 WHERE kind = 'booking_confirmation' AND language = 'hi'
                """);
        }
        await using var app = new OpdApp(database);
        var error = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("Template booking_confirmation/hi has 3 variables; a DLT template may have at most 2", error.ToString());
    }

    [Fact]
    public async Task MessagesAreWrittenInTheConfiguredLanguage_WithTheDepartmentsOwnName()
    {
        await using var app = new OpdApp(await postgres.CreateDatabase(), new() { ["Notifications:Language"] = "or" });
        await app.InitializeAsync();
        await using (var db = app.Db())
            Assert.Equal(MessageKinds.Values.Count * MessageKinds.Languages.Count, db.MessageTemplates.Count());
        var booked = await app.Anonymous().Book(Api.Booking(Unique.Phone(), date: app.OpenDay()));
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        var message = Assert.Single(await app.Messages(Guid.Parse(booked.TokenId)));
        Assert.Equal("or", message.Language);
        Assert.StartsWith($"ଆପଣଙ୍କ ଓପିଡି ଟୋକେନ୍: {booked.TokenNumber}, ସାଧାରଣ ଚିକିତ୍ସା,", message.Text);
        Assert.DoesNotContain("{", message.Text);
        // The default log gateway marks it sent.
        var sent = await app.WaitFor(message.Id, MessageStatus.Sent);
        Assert.Equal("written to the log", sent.ProviderAnswer);
    }
}
