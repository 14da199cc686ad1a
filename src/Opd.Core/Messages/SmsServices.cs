using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Opd.Core.Messages.Gateways;
using Opd.Core.Messages.Inbound;
using Opd.Core.Messages.Receipts;
using Polly;

namespace Opd.Core.Messages;

public static class SmsServices
{
    /// <summary>The outbox, its dispatcher round and the configured gateway, with every setting checked at start.</summary>
    public static IServiceCollection AddOpdMessages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section))
            .Validate(o => Uri.TryCreate(o.PublicUrl, UriKind.Absolute, out _), "Notifications:PublicUrl must be an absolute URL (where patients open their token).")
            .Validate(o => MessageKinds.Languages.Contains(o.Language), "Notifications:Language must be en, or or hi.")
            .Validate(o => o.PollSeconds is >= 0.01 and <= 3600 && o.BatchSize is >= 1 and <= 1000 && o.Parallel is >= 1 and <= 100,
                "Notifications:PollSeconds must be 0.01–3600, BatchSize 1–1000 and Parallel 1–100.")
            .Validate(o => o.RetryFirstSeconds > 0 && o.RetryMaxSeconds >= o.RetryFirstSeconds, "Notifications:RetryFirstSeconds must be above 0 and RetryMaxSeconds at least as long.")
            .Validate(o => o.LeaseSeconds > o.Sms.Http.TotalTimeoutSeconds,
                "Notifications:LeaseSeconds must be longer than Notifications:Sms:Http:TotalTimeoutSeconds, or a send still under way is taken again.")
            .Validate(o => o.TurnNearAhead is >= 0 and <= 50 && o.RunningLateMinutes is >= 0 and <= 600 && o.ReminderSeconds is >= 0.01 and <= 3600,
                "Notifications:TurnNearAhead must be 0–50, RunningLateMinutes 0–600 and ReminderSeconds 0.01–3600.")
            .Validate(o => o.Sms.Gateway is SmsOptions.LogGateway or SmsOptions.HttpGateway, "Notifications:Sms:Gateway must be log or http.")
            .Validate(o => o.Sms.Gateway != SmsOptions.HttpGateway || HttpSettingsValid(o.Sms.Http),
                "Notifications:Sms:Http needs an absolute http(s) Url, a Method of GET, POST or PUT, a ContentType of application/x-www-form-urlencoded " +
                "or application/json, a SuccessStatus such as 200-299, valid SuccessRegex and IdRegex patterns, TimeoutSeconds above 0, Retries 0–10 " +
                "and a TotalTimeoutSeconds at least TimeoutSeconds.")
            .Validate(o => o.Channel is NotificationOptions.SmsChannel or NotificationOptions.WhatsAppChannel or NotificationOptions.WhatsAppThenSms,
                "Notifications:Channel must be sms, whatsapp or whatsapp-sms.")
            .Validate(o => o.Channel == NotificationOptions.SmsChannel && string.IsNullOrEmpty(o.WhatsApp.AppSecret) || WhatsAppSettingsValid(o.WhatsApp),
                "Notifications:WhatsApp needs an absolute http(s) BaseUrl, a PhoneNumberId, an AccessToken and TimeoutSeconds above 0 when Notifications:Channel " +
                "uses WhatsApp or its webhook has an AppSecret (answers to patients' WhatsApp messages go by WhatsApp).")
            .Validate(o => o.Sms.Receipts.PollSeconds == 0 || o.Sms.Receipts.PollSeconds >= 1
                    && Uri.TryCreate(o.Sms.Receipts.StatusUrl?.Replace("{", "").Replace("}", ""), UriKind.Absolute, out _)
                    && o.Sms.Receipts.PollHours > 0 && o.Sms.Receipts.PollBatch is >= 1 and <= 1000,
                "Notifications:Sms:Receipts:PollSeconds must be 0 (off) or at least 1 with an absolute StatusUrl, PollHours above 0 and PollBatch 1–1000.")
            .ValidateOnStart();
        services.AddSingleton<Outbox>();
        services.AddSingleton<WhatsAppGateway>();
        services.AddSingleton<ChannelGateway>();
        services.AddSingleton<ApplyReceipt>();
        services.AddSingleton<PollReceipts>();
        services.AddSingleton<HandleInbound>();
        services.AddSingleton<SmsCommands>();
        services.AddHttpClient(WhatsAppGateway.ClientName, c =>
            {
                c.Timeout = Timeout.InfiniteTimeSpan;
                c.MaxResponseContentBufferSize = 64 * 1024;
            })
            .AddResilienceHandler("whatsapp", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<NotificationOptions>>().Value.WhatsApp;
                pipeline.AddTimeout(TimeSpan.FromSeconds(o.TimeoutSeconds * 3));
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2, Delay = TimeSpan.FromSeconds(1), BackoffType = DelayBackoffType.Exponential, UseJitter = true,
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(o.TimeoutSeconds));
            });
        services.AddSingleton<TemplateSetup>();
        services.AddScoped<OptOuts>();
        services.AddSingleton<DispatchMessages>();
        services.AddSingleton<Reminders>();
        services.AddSingleton<TurnNear>();
        services.AddSingleton<MessageLog>();
        services.AddSingleton<DeliveryRates>();
        services.AddSingleton<ManageTemplates>();
        services.AddSingleton<TestMessage>();
        services.AddSingleton<LogSmsGateway>();
        services.AddSingleton<HttpSmsGateway>();
        services.AddSingleton<ISmsGateway>(sp => sp.GetRequiredService<IOptions<NotificationOptions>>().Value.Sms.Gateway == SmsOptions.HttpGateway
            ? sp.GetRequiredService<HttpSmsGateway>()
            : sp.GetRequiredService<LogSmsGateway>());
        services.AddHttpClient(HttpSmsGateway.ClientName, c =>
            {
                // The pipeline below limits the time; a provider's answer is a few hundred bytes.
                c.Timeout = Timeout.InfiniteTimeSpan;
                c.MaxResponseContentBufferSize = 64 * 1024;
            })
            .AddResilienceHandler("sms", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<NotificationOptions>>().Value.Sms.Http;
                pipeline.AddTimeout(TimeSpan.FromSeconds(o.TotalTimeoutSeconds));
                if (o.Retries > 0)
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = o.Retries, Delay = TimeSpan.FromSeconds(o.RetryDelaySeconds), BackoffType = DelayBackoffType.Exponential, UseJitter = true,
                    });
                pipeline.AddTimeout(TimeSpan.FromSeconds(o.TimeoutSeconds));
            });
        return services;
    }

    private static bool WhatsAppSettingsValid(WhatsAppOptions o) =>
        Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
        && !string.IsNullOrWhiteSpace(o.PhoneNumberId) && !string.IsNullOrWhiteSpace(o.AccessToken) && o.TimeoutSeconds > 0;

    private static bool HttpSettingsValid(HttpGatewayOptions o) =>
        Uri.TryCreate(o.Url?.Replace("{", "").Replace("}", ""), UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
        && o.Method.ToUpperInvariant() is "GET" or "POST" or "PUT"
        && (o.ContentType.StartsWith(HttpGatewayOptions.Form, StringComparison.OrdinalIgnoreCase) || HttpGatewayRequest.IsJson(o.ContentType))
        && HttpGatewayAnswer.SuccessStatuses(o.SuccessStatus) is not null
        && IsPattern(o.SuccessRegex) && IsPattern(o.IdRegex)
        && o.TimeoutSeconds > 0 && o.Retries is >= 0 and <= 10 && o.RetryDelaySeconds >= 0 && o.TotalTimeoutSeconds >= o.TimeoutSeconds;

    private static bool IsPattern(string? pattern)
    {
        if (string.IsNullOrEmpty(pattern))
            return true;
        try
        {
            _ = new Regex(pattern);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
