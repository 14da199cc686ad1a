using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Opd.Core.Messages;

public static class SmsServices
{
    /// <summary>The outbox and its templates, with every setting checked at start.</summary>
    public static IServiceCollection AddOpdMessages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section))
            .Validate(o => Uri.TryCreate(o.PublicUrl, UriKind.Absolute, out _), "Notifications:PublicUrl must be an absolute URL (where patients open their token).")
            .Validate(o => MessageKinds.Languages.Contains(o.Language), "Notifications:Language must be en, or or hi.")
            .ValidateOnStart();
        services.AddSingleton<Outbox>();
        services.AddSingleton<TemplateSetup>();
        return services;
    }
}
