using System.Net;
using System.Text.RegularExpressions;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>The browser protections on every kind of answer, over plain HTTP as the embedded demo serves it.</summary>
public sealed partial class SecurityHeaderTests(OpdApp app) : ApiTest(app)
{
    [Theory]
    [InlineData("GET", "/", HttpStatusCode.OK)]
    [InlineData("GET", "/board", HttpStatusCode.OK)]
    [InlineData("GET", "/health", HttpStatusCode.OK)]
    [InlineData("GET", "/css/site.css", HttpStatusCode.OK)]
    [InlineData("GET", "/js/live.js", HttpStatusCode.OK)]
    [InlineData("GET", "/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("GET", "/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/v1/doctors/1/queue", HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/tokens/book", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/staff/desk", HttpStatusCode.Redirect)]
    public async Task EveryAnswer_CarriesThePolicyAndTheBrowserHeaders(string method, string path, HttpStatusCode expected)
    {
        using var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        foreach (var directive in new[] { "default-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'" })
            Assert.Contains(directive, policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        // Plain HTTP: no HSTS, or a browser would refuse the demo on 127.0.0.1 for a year.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task OnlyTheApiDocs_MayUseInlineStylesAndDataImages()
    {
        using var docs = await Anonymous.GetAsync("/docs/index.html");
        var policy = string.Join(";", docs.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("style-src 'self' 'unsafe-inline'", policy);
        Assert.Contains("img-src 'self' data:", policy);
        Assert.DoesNotContain("script-src", policy);
        using var page = await Anonymous.GetAsync("/docsnot");
        Assert.DoesNotContain("unsafe-inline", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/book")]
    [InlineData("/book?department=general_medicine")]
    [InlineData("/find")]
    [InlineData("/board")]
    [InlineData("/staff/login")]
    public async Task Pages_HoldNoInlineScriptHandlerOrStyle(string path)
    {
        var html = await Anonymous.GetStringAsync(path);
        Assert.Empty(InlineCode().Matches(html).Select(m => m.Value));
    }

    /// <summary>A script element without src, a style element or attribute, an on... handler, a javascript: link.</summary>
    [GeneratedRegex("""<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=|javascript:""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();
}
