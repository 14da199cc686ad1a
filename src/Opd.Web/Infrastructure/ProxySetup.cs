using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Opd.Web.Infrastructure;

/// <summary>
/// Behind a TLS proxy the server learns the client's address and the request's scheme from
/// X-Forwarded-For and X-Forwarded-Proto, believed only from the proxies the operator names in
/// <c>Proxy:KnownProxies</c> (addresses) and <c>Proxy:KnownNetworks</c> (CIDR ranges), by default
/// none. Anyone else could claim any address (and slip past a limit per address) or claim HTTPS.
/// </summary>
public static class ProxySetup
{
    public const string Section = "Proxy";

    public static IServiceCollection AddOpdProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IConfiguration>((options, configuration) => Configure(options, configuration.GetSection(Section)))
            // A mistyped address stops the server at start, rather than leaving it trusting no one unnoticed.
            .ValidateOnStart();
        return services;
    }

    private static void Configure(ForwardedHeadersOptions options, IConfigurationSection section)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // The framework trusts loopback unless told otherwise; here no one is trusted until named: the
        // demo on 127.0.0.1 has no proxy, and any local process could otherwise speak for any client.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        // Follow a chain of named proxies (a load balancer in front of nginx) to the first address that
        // is not one of them; an address the client wrote itself further left is never reached.
        options.ForwardLimit = null;
        var wrong = new List<string>();
        foreach (var entry in Entries(section, "KnownProxies"))
        {
            if (IPAddress.TryParse(entry, out var address))
                options.KnownProxies.Add(address);
            else
                wrong.Add(entry);
        }
        foreach (var entry in Entries(section, "KnownNetworks"))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network))
                options.KnownIPNetworks.Add(network);
            else
                wrong.Add(entry);
        }
        if (wrong.Count > 0)
            throw new InvalidOperationException(
                $"{Section}:KnownProxies takes IP addresses and {Section}:KnownNetworks CIDR ranges (such as 10.0.0.0/8); these are neither: {string.Join(", ", wrong)}.");
        // With both lists empty the middleware would believe everyone: with no proxy named, it reads nothing.
        if (options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0)
            options.ForwardedHeaders = ForwardedHeaders.None;
    }

    /// <summary>"10.0.0.5,10.0.0.6" in one value (an environment variable) or a list (appsettings.json).</summary>
    private static IEnumerable<string> Entries(IConfigurationSection section, string key)
    {
        var setting = section.GetSection(key);
        var values = setting.Value is { } one ? [one] : setting.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
