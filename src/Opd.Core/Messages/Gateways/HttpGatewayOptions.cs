namespace Opd.Core.Messages.Gateways;

/// <summary>A provider's HTTP API described by keys alone (Notifications:Sms:Http), so any Indian provider can be wired without code.</summary>
public sealed class HttpGatewayOptions
{
    public const string Form = "application/x-www-form-urlencoded";
    public const string Json = "application/json";

    /// <summary>May hold the same {placeholders} as the body, escaped for a URL (providers that take GET).</summary>
    public string? Url { get; set; }

    public string Method { get; set; } = "POST";
    public string ContentType { get; set; } = Form;

    /// <summary>With {to}, {text}, {message_id}, {template_id}, {entity_id}, {sender}; empty = each of them under its own name.</summary>
    public string? Body { get; set; }

    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary>The HTTP statuses that mean success: codes and ranges, such as "200-299" or "200,202".</summary>
    public string SuccessStatus { get; set; } = "200-299";

    /// <summary>When set, the answer must also match this (providers that answer 200 with an error inside).</summary>
    public string? SuccessRegex { get; set; }

    /// <summary>Where the provider's message id is in a JSON answer, such as data.id or messages[0].id.</summary>
    public string? IdPath { get; set; }

    /// <summary>Or a regular expression whose first group (or whole match) is the provider's id.</summary>
    public string? IdRegex { get; set; }

    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Quick retries of one send on a transient failure (timeout, 5xx, 408, 429), before the outbox's own slower retries.</summary>
    public int Retries { get; set; } = 2;

    public double RetryDelaySeconds { get; set; } = 1;

    /// <summary>The longest one send may take with its quick retries; then it counts as failed and waits for the outbox's retry.</summary>
    public double TotalTimeoutSeconds { get; set; } = 30;
}
