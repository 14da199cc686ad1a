namespace Opd.Core.Messages.Gateways;

/// <summary>The WhatsApp Cloud API (section Notifications:WhatsApp).</summary>
public sealed class WhatsAppOptions
{
    /// <summary>The Graph API with its version; a test points it at a stand-in on loopback.</summary>
    public string BaseUrl { get; set; } = "https://graph.facebook.com/v21.0";

    public string? PhoneNumberId { get; set; }
    public string? AccessToken { get; set; }

    /// <summary>The app secret: every webhook's X-Hub-Signature-256 is the HMAC-SHA256 of its body with it.</summary>
    public string? AppSecret { get; set; }

    /// <summary>What the app's webhook settings give as the verify token (the GET handshake).</summary>
    public string? VerifyToken { get; set; }

    /// <summary>The approved (utility) template's name per message kind, such as booking_confirmation = opd_booking_confirmation.</summary>
    public Dictionary<string, string> Templates { get; set; } = [];

    /// <summary>
    /// Our language (en, or, hi) to WhatsApp's template language code. Meta lists no Odia code, so
    /// Odia messages use the English template (with Odia values) unless a code is set here.
    /// </summary>
    public Dictionary<string, string> Languages { get; set; } = new() { ["en"] = "en", ["hi"] = "hi", ["or"] = "en" };

    public double TimeoutSeconds { get; set; } = 10;

    public string LanguageCode(string language) =>
        Languages.TryGetValue(language, out var code) && !string.IsNullOrWhiteSpace(code) ? code : Languages.GetValueOrDefault("en", "en");
}
