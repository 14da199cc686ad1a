using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Opd.Tests.Infrastructure;
using static Opd.Tests.Infrastructure.ScriptedModel;

namespace Opd.Tests.PhoneCodes;

/// <summary>Booking:RequirePhoneVerification with the model behind the chat: the booking it proposes runs on the patient's yes only for a proven number.</summary>
public sealed class VerifiedModelBookingTests(PostgresFixture postgres) : IAsyncLifetime
{
    private ScriptedModel _model = null!;
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _model = await Start();
        _app = new OpdApp(await postgres.CreateDatabase(), new Dictionary<string, string?>
        {
            ["Chat:LlmBaseUrl"] = _model.BaseUrl, ["Chat:LlmModel"] = "stand-in", ["Chat:LlmTimeoutSeconds"] = "5",
            ["Booking:RequirePhoneVerification"] = "true",
        });
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _model.DisposeAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AProposedBooking_RunsOnYes_OnlyWithTheNumbersProof(bool proven)
    {
        var phone = Unique.Phone();
        var client = _app.Anonymous();
        var proof = proven ? await _app.Proof(client, phone) : null;
        _model.Then(ToolCalls(("book_medical_token", new JsonObject
        {
            ["patient_name"] = "Hari Das", ["patient_phone"] = phone, ["patient_age"] = 58, ["department"] = "cardiology",
            ["booking_date"] = "2026-11-24", ["booking_time"] = "11:00",
        })));
        _model.Then(Text("Shall I?"));

        var summary = await Say(client, proof, "book me in cardiology tomorrow at 11", null);
        Assert.Contains("Shall I book it?", summary.Body!["response"]!.GetValue<string>());
        var yes = await Say(client, proof, "yes", summary.Body!["thread_id"]!.GetValue<string>());
        Assert.True(yes.Status == HttpStatusCode.OK, yes.Raw);

        await using var db = _app.Db();
        Assert.Equal(proven ? 1 : 0, await db.Tokens.CountAsync(t => t.PatientPhone == phone));
        Assert.Equal(proven, yes.Body!["response"]!.GetValue<string>().StartsWith("Booked! Token number", StringComparison.Ordinal));
    }

    private static Task<Api.Reply> Say(HttpClient client, string? proof, string message, string? thread)
    {
        var json = new JsonObject { ["message"] = message, ["thread_id"] = thread }.ToJsonString();
        return proof is null ? client.Send(HttpMethod.Post, "/chat", json) : client.WithProof(proof, HttpMethod.Post, "/chat", json);
    }
}
