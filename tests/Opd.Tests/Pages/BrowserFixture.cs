using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Opd.Core.Staff;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Pages;

/// <summary>The server on a real port with its own database, and Debian's Chromium to drive it.</summary>
public sealed class BrowserFixture(PostgresFixture postgres) : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public OpdApp App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new OpdApp(await postgres.CreateDatabase(), realServer: true);
        await App.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
        });
    }

    /// <summary>A new browser window; phone-sized when asked, in the language given.</summary>
    public async Task<IPage> Page(bool phone = false, string locale = "en-IN")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            Locale = locale,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = locale },
            ViewportSize = phone ? new ViewportSize { Width = 360, Height = 740 } : new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = phone,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A staff member who can sign in with a password.</summary>
    public async Task<(string Username, string Password)> StaffUser(string role)
    {
        var username = $"{role}{Guid.NewGuid():N}"[..16];
        const string password = "correct-horse-battery";
        var staff = App.Services.GetRequiredService<ManageStaff>();
        await staff.CreateUser(username, $"Test {role}", [Enum.Parse<StaffRole>(role, ignoreCase: true)], CancellationToken.None);
        await staff.SetPassword(username, password, CancellationToken.None);
        return (username, password);
    }

    public async Task<IPage> SignedIn(string role)
    {
        var (username, password) = await StaffUser(role);
        var page = await Page();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/staff", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    /// <summary>Keeps a picture of the page for the README when OPD_SCREENSHOTS names a folder.</summary>
    public static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("OPD_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
