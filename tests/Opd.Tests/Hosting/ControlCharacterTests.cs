using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>Control characters are refused where text enters, on every route: they never reach PostgreSQL, so never a 500.</summary>
public sealed class ControlCharacterTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task NulInNotes_IsA400NamingNotes_AndBooksNothing()
    {
        var before = await CountTokens();
        var reply = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()).With("notes", "Call me\u0000later"));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.Equal(["notes"], reply.Errors!.Select(e => e.Key));
        Assert.Contains("control character (U+0000)", reply.Detail);
        Assert.Equal(before, await CountTokens());
    }

    [Fact]
    public async Task NewlineInSymptoms_IsKept()
    {
        const string symptoms = "Fever since Monday\r\n\tand a cough at night\nsince yesterday";
        var booked = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()).With("symptoms", symptoms).With("notes", "first\nsecond"));
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        var token = await Anonymous.Get($"/tokens/{booked.TokenId}");
        Assert.Equal(symptoms, token.Details!["symptoms"]!.GetValue<string>());
        Assert.Equal("first\nsecond", token.Details!["notes"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("patient_name", "John\nDoe")]
    [InlineData("patient_phone", "98765\t43210")]
    [InlineData("department", "dental\r")]
    [InlineData("booking_date", "2026-11-24\n")]
    [InlineData("doctor_name", "Dr\u2028Raj")]
    public async Task LineBreakInASingleLineField_IsRefused(string field, string value)
    {
        var reply = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()).With(field, value));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal([field], reply.Errors!.Select(e => e.Key));
        Assert.Contains("single line", reply.Detail);
    }

    [Theory]
    [InlineData("GET", "/tokens/search?patient_name=John%0ADoe", "patient_name")]
    [InlineData("GET", "/tokens/search?notes=first%0Asecond", "notes")]
    [InlineData("GET", "/tokens/daily/2026-11-24?department=dental%09", "department")]
    [InlineData("GET", "/api/reports?department=%00", "department")]
    [InlineData("GET", "/api/reports/upcoming?department=dental%00", "department")]
    [InlineData("GET", "/tokens/search?department=%00&patient_name=%C2%85", "department,patient_name")]
    [InlineData("GET", "/api/exports/tokens?format=json&department=dental%00", "department")]
    [InlineData("GET", "/api/queue/departments/dental%07", "department")]
    [InlineData("GET", "/tokens/current/Dr%20Raj%1B", "doctor_name")]
    [InlineData("POST", "/api/staff/x%C2%85/keys", "username")]
    public async Task ControlCharacterInAQueryOrRouteValue_IsA400NamingIt(string method, string url, string fields)
    {
        var reply = await Admin.Send(new HttpMethod(method), url, null);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.Equal(fields.Split(','), reply.Errors!.Select(e => e.Key).Order());
        Assert.False(string.IsNullOrWhiteSpace(reply.Detail));
    }

    [Fact]
    public async Task ChatMessage_MaySpanLines_ButNotHoldANul()
    {
        var nul = await Anonymous.Send(HttpMethod.Post, "/chat", new JsonObject { ["message"] = "I want\u0000 a token" }.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, nul.Status);
        Assert.True(nul.Errors!.ContainsKey("message"));
        var lines = await Anonymous.Send(HttpMethod.Post, "/chat", new JsonObject { ["message"] = "Hello\nI want a token" }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, lines.Status);
        var thread = await Anonymous.Send(HttpMethod.Post, "/chat", new JsonObject { ["message"] = "Hello", ["thread_id"] = "a\nb" }.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, thread.Status);
        Assert.True(thread.Errors!.ContainsKey("thread_id"));
    }

    [Fact]
    public async Task NestedStrings_PropertyNames_AndLoneSurrogates_AreChecked()
    {
        var roles = await Admin.Send(HttpMethod.Post, "/api/staff", """{"username": "clerk1", "roles": ["reception", "admin\u0000"]}""");
        Assert.Equal(HttpStatusCode.BadRequest, roles.Status);
        Assert.Equal(["roles[1]"], roles.Errors!.Select(e => e.Key));

        var name = await Anonymous.Send(HttpMethod.Post, "/tokens/book", """{"patient\u0000name": "John Doe"}""");
        Assert.Equal(HttpStatusCode.BadRequest, name.Status);
        Assert.Equal(["body"], name.Errors!.Select(e => e.Key));

        var record = await Anonymous.Send(HttpMethod.Post, "/tokens/book", """{"extra": {"deep": [{"notes": "ok\nfine", "room": "4\u0007"}]}}""");
        Assert.Equal(HttpStatusCode.BadRequest, record.Status);
        Assert.Equal(["extra.deep[0].room"], record.Errors!.Select(e => e.Key));

        var surrogate = await Anonymous.Send(HttpMethod.Post, "/tokens/book", """{"patient_name": "Jo\ud800hn"}""");
        Assert.Equal(HttpStatusCode.BadRequest, surrogate.Status);
        Assert.Equal(["patient_name"], surrogate.Errors!.Select(e => e.Key));
        Assert.Contains("broken character", surrogate.Detail);

        // A body that is not JSON is not read at all: 415, whatever it holds.
        var plain = await Anonymous.Send(HttpMethod.Post, "/tokens/book", "\"just\\u0000text\"", "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.Status);
    }

    [Fact]
    public async Task TheJsonWalk_LeavesTheBodyForTheEndpoint()
    {
        // Odia and an emoji (a surrogate pair) are text like any other; the padding takes the body past the in-memory buffer.
        var body = Api.Booking(Unique.Phone(), date: App.OpenDay()).With("patient_name", "ସୁରେଶ ପାଣ୍ଡା").With("notes", "😀 ok");
        var padded = body.ToJsonString().Insert(1, new string(' ', 50_000));
        var reply = await Anonymous.Send(HttpMethod.Post, "/tokens/book", padded);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("ସୁରେଶ ପାଣ୍ଡା", reply.Details!["patient_name"]!.GetValue<string>());
        Assert.Equal("😀 ok", reply.Details!["notes"]!.GetValue<string>());

        var normal = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()));
        Assert.Equal(HttpStatusCode.OK, normal.Status);
        Assert.Equal(1, normal.TokenNumber);
    }

    [Theory]
    [InlineData("{\"notes\": \"a\\u0000", "not valid JSON")]
    [InlineData(null, "larger than")]
    public async Task MalformedOrOversizedBodies_AreLeftToTheEndpointsOwnWords(string? body, string words)
    {
        body ??= "{\"notes\": \"a\\u0000" + new string('x', 70_000) + "\"}";
        var reply = await Anonymous.Send(HttpMethod.Post, "/tokens/book", body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(words, reply.Detail);
    }

    [Fact]
    public async Task FormPostsWithANul_AreA400AndNeverA500()
    {
        var client = Anonymous;
        var find = await Antiforgery(client, "/find");
        var nul = await client.PostAsync("/find", Form(find, ("phone", "98765\u000043210")));
        Assert.True(nul.StatusCode == HttpStatusCode.BadRequest, await nul.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", nul.Content.Headers.ContentType?.MediaType);
        var nulText = await nul.Content.ReadAsStringAsync();
        Assert.True(nulText.Contains("\"phone\""), nulText);

        var lineBreak = await client.PostAsync("/find?handler=verify", Form(find, ("code", "1\n"), ("phone", "9876543210")));
        Assert.Equal(HttpStatusCode.BadRequest, lineBreak.StatusCode);
        Assert.Contains("\"code\"", await lineBreak.Content.ReadAsStringAsync());

        using var multipart = new MultipartFormDataContent { { new StringContent(find), "__RequestVerificationToken" }, { new StringContent("x\u001by"), "phone" } };
        var parts = await client.PostAsync("/find", multipart);
        Assert.Equal(HttpStatusCode.BadRequest, parts.StatusCode);
        Assert.Contains("\"phone\"", await parts.Content.ReadAsStringAsync());

        // The guard read the form first; antiforgery and the page still read it after.
        var fine = await client.PostAsync("/find", Form(find, ("phone", "9876543210")));
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);

        using var nulPart = new MultipartFormDataContent { { new StringContent(find), "__RequestVerificationToken" }, { new StringContent("x\u0000y"), "code" } };
        var nulParts = await client.PostAsync("/find?handler=verify", nulPart);
        Assert.Equal(HttpStatusCode.BadRequest, nulParts.StatusCode);
        Assert.Contains("\"code\"", await nulParts.Content.ReadAsStringAsync());

        var login = await Antiforgery(client, "/staff/login");
        var signIn = await client.PostAsync("/staff/login", Form(login, ("username", "admin\u0000"), ("password", "whatever-password")));
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Contains("\"username\"", await signIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ThePatientBookingForm_KeepsLinesInSymptoms_AndRefusesThemInTheName()
    {
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var date = App.OpenDay();
        var step = $"/book?department=general_medicine&doctor=any&date={date}&time=10:30";
        var token = await Antiforgery(client, step);
        (string, string)[] fields = [("department", "general_medicine"), ("doctor", "any"), ("date", date), ("time", "10:30"), ("age", "30"), ("phone", Unique.Phone())];

        var badName = await client.PostAsync(step, Form(token, [.. fields, ("name", "Asha\nDas"), ("symptoms", "cough")]));
        Assert.Equal(HttpStatusCode.BadRequest, badName.StatusCode);
        Assert.Contains("\"name\"", await badName.Content.ReadAsStringAsync());

        var booked = await client.PostAsync(step, Form(token, [.. fields, ("name", "Asha Das"), ("symptoms", "cough\r\nand fever")]));
        Assert.True(booked.StatusCode == HttpStatusCode.Redirect, await booked.Content.ReadAsStringAsync());
        var id = booked.Headers.Location!.OriginalString.Split('/').Last();
        Assert.Equal("cough\r\nand fever", (await Anonymous.Get($"/tokens/{id}")).Details!["symptoms"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/book?department=dental%00")]
    [InlineData("/board?departments=dental%1B")]
    [InlineData("/staff/login?returnUrl=%2Fstaff%00")]
    [InlineData("/find?lang=or%7F")]
    public async Task PagesRefuseControlCharactersInTheAddress(string url)
    {
        var reply = await Anonymous.Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
    }

    [Fact]
    public async Task Export_IsRefusedBeforeItStarts_AndOtherwiseRunsToTheEnd()
    {
        var date = App.OpenDay();
        var booked = await Anonymous.Book(Api.Booking(Unique.Phone(), date: date).With("symptoms", "line one\nline \"two\", with a comma"));
        Assert.Equal(HttpStatusCode.OK, booked.Status);

        var refused = await Admin.GetAsync($"/api/exports/tokens?format=csv&date_from={date}&date_to={date}&department=general_medicine%00");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("department", await refused.Content.ReadAsStringAsync());

        var json = await Admin.GetAsync($"/api/exports/tokens?format=json&date_from={date}&date_to={date}&department=general_medicine");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var records = JsonNode.Parse(await json.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("line one\nline \"two\", with a comma", records[booked.TokenId]!["symptoms"]!.GetValue<string>());

        var csv = await (await Admin.GetAsync($"/api/exports/tokens?format=csv&date_from={date}&date_to={date}")).Content.ReadAsStringAsync();
        Assert.Contains(booked.TokenId, csv);
        Assert.EndsWith("\n", csv);
    }

    [Fact]
    public async Task Import_WithANulInARecord_IsRefusedAndImportsNothing()
    {
        var before = await CountTokens();
        var id = Guid.NewGuid().ToString();
        var file = new JsonObject
        {
            [id] = new JsonObject
            {
                ["token_id"] = id, ["patient_name"] = "Asha\u0000 Das", ["patient_phone"] = "9876543210", ["department"] = "dental",
                ["booking_date"] = "2026-11-24", ["booking_time"] = "10:00", ["token_number"] = 1, ["symptoms"] = "ok\nfine",
            },
        };
        var reply = await Admin.Send(HttpMethod.Post, "/api/imports/legacy", file.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal([$"{id}.patient_name"], reply.Errors!.Select(e => e.Key));
        Assert.Equal(before, await CountTokens());
    }

    [Fact]
    public async Task LargeImport_SkipsTheRecordWithANul_AndImportsTheRest()
    {
        // Past the size the guard reads, so the import itself must hold its records to the rule.
        var (bad, good) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        JsonObject Record(string id, string name, int number) => new()
        {
            ["token_id"] = id, ["patient_name"] = name, ["patient_phone"] = Unique.Phone(), ["department"] = "dental",
            ["booking_date"] = "2026-12-30", ["booking_time"] = "10:00", ["token_number"] = number, ["symptoms"] = "ok\nfine\t" + new string('x', 900),
        };
        var file = new JsonObject { [bad] = Record(bad, "Asha\u0000 Das", 1), [good] = Record(good, "Asha Das", 2) };
        for (var i = 0; i < 80; i++)
        {
            var id = Guid.NewGuid().ToString();
            file[id] = Record(id, "Ravi Kumar", 3 + i);
        }
        var text = file.ToJsonString();
        Assert.True(text.Length > 65_536, "The file must be larger than the guard reads.");
        var reply = await Admin.Send(HttpMethod.Post, "/api/imports/legacy", text);
        Assert.True(reply.Status == HttpStatusCode.OK, reply.Raw);
        Assert.Equal(81, reply.Body!["imported"]!.GetValue<int>());
        var skipped = Assert.Single(reply.Body!["skipped"]!.AsArray());
        Assert.Equal(bad, skipped!["key"]!.GetValue<string>());
        Assert.Contains("control character", skipped["reason"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Get($"/tokens/{good}")).Status);
    }

    private static async Task<string> Antiforgery(HttpClient client, string url)
    {
        var page = await client.GetStringAsync(url);
        return Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException($"{url} has no antiforgery token.");
    }

    private static FormUrlEncodedContent Form(string antiforgery, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", antiforgery), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    private async Task<int> CountTokens()
    {
        await using var db = App.Db();
        return db.Tokens.Count();
    }
}
