using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Opd.Tests.Pages;

/// <summary>
/// Collects what the Content-Security-Policy refused on a page (its securitypolicyviolation events and
/// Chromium's own "Refused to ..." console lines) and the page's uncaught script errors, so a test can
/// expect none while it uses the page.
/// </summary>
public sealed class PolicyWatch
{
    private readonly ConcurrentQueue<string> _refused = new();

    public IReadOnlyCollection<string> Refused => _refused;

    public static async Task<PolicyWatch> On(IPage page)
    {
        var watch = new PolicyWatch();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                watch._refused.Enqueue($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => watch._refused.Enqueue($"{page.Url}: script error {error}");
        // Init scripts come from the browser's driver, not the page, so the policy does not refuse this one.
        await page.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", e =>
              console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`));
            """);
        return watch;
    }

    public void ExpectNone() => Assert.True(_refused.IsEmpty, string.Join("\n", _refused));

    /// <summary>Violations are reported asynchronously; waits a bounded time for the first.</summary>
    public async Task<bool> AnyWithin(TimeSpan limit)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (_refused.IsEmpty && waited.Elapsed < limit)
            await Task.Delay(50);
        return !_refused.IsEmpty;
    }
}
