using System.Net;
using System.Text.RegularExpressions;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Queue;

/// <summary>A board address cannot make the server read thousands of lines.</summary>
public sealed partial class BoardLimitTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task MoreThanTwentyLines_IsA400Problem()
    {
        var doctors = string.Join(',', Enumerable.Range(1, 21));
        using var response = await Anonymous.GetAsync($"/board?doctors={doctors}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 20", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARepeatedLine_IsShownOnce()
    {
        var doctor = await Admin.NewDoctor();
        var repeated = string.Join(',', Enumerable.Repeat(doctor, 2000));
        using var response = await Anonymous.GetAsync($"/board?doctors={repeated}&departments=dental,DENTAL,dental");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Single(Card().Matches(html), m => m.Groups[1].Value == $"doctor:{doctor}");
        Assert.Equal(2, Card().Matches(html).Count);
    }

    [GeneratedRegex("<section class=\"card\" data-key=\"([^\"]+)\"")]
    private static partial Regex Card();
}
