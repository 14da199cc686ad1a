using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;
using Opd.Tests.Messages;

namespace Opd.Tests.PhoneCodes;

/// <summary>The code flow as a client drives it, and the code as the patient's phone (here: the outbox) receives it.</summary>
public static partial class Codes
{
    public const string Header = "X-Phone-Verification";

    public static Task<Api.Reply> SendCode(this HttpClient client, string phone) =>
        client.Send(HttpMethod.Post, "/api/v1/phone-codes", new JsonObject { ["phone"] = phone }.ToJsonString());

    public static Task<Api.Reply> Verify(this HttpClient client, string phone, string code) =>
        client.Send(HttpMethod.Post, "/api/v1/phone-codes/verify", new JsonObject { ["phone"] = phone, ["code"] = code }.ToJsonString());

    /// <summary>The one-time code messages written for this number, oldest first.</summary>
    public static async Task<List<Message>> CodeMessages(this OpdApp app, string phone) =>
        (await app.Messages(phone: phone)).Where(m => m.Kind == MessageKinds.OneTimeCode).ToList();

    /// <summary>The code in the latest SMS to the number: what the patient reads on the phone.</summary>
    public static async Task<string> LatestCode(this OpdApp app, string phone) => CodeIn((await app.CodeMessages(phone))[^1].Text);

    public static string CodeIn(string text) => SixDigits().Match(text) is { Success: true } m ? m.Value : throw new InvalidOperationException($"No code in '{text}'.");

    /// <summary>Asks for a code, reads it from the outbox and verifies it: the verification to send as <see cref="Header"/>.</summary>
    public static async Task<string> Proof(this OpdApp app, HttpClient client, string phone)
    {
        var sent = await client.SendCode(phone);
        Assert.True(sent.Status == HttpStatusCode.Accepted, sent.Raw);
        var verified = await client.Verify(phone, await app.LatestCode(phone));
        Assert.True(verified.Status == HttpStatusCode.OK, verified.Raw);
        return verified.Body!["verification"]!.GetValue<string>();
    }

    public static async Task<Api.Reply> WithProof(this HttpClient client, string proof, HttpMethod method, string url, string? json = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add(Header, proof);
        if (json is not null)
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await client.SendAsync(request);
        var raw = await response.Content.ReadAsStringAsync();
        return new Api.Reply(response.StatusCode, raw.Length > 0 ? JsonNode.Parse(raw) : null, raw, response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
