using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;
using Opd.Core.Chat;
using Opd.Core.Common;
using Opd.Core.Staff;

namespace Opd.Cli;

internal static class McpCommand
{
    public static Command Create()
    {
        var command = new Command("mcp",
            "Serve the OPD's tools to AI assistants over MCP on standard input and output (book, status, cancel, departments, free slots, now serving; " +
            "staff tools need OPD_MCP_API_KEY set to a staff key).");
        command.SetAction((_, ct) => CliHost.Run(async (services, token) =>
        {
            var actor = Actor.Patient;
            if (Environment.GetEnvironmentVariable("OPD_MCP_API_KEY") is { Length: > 0 } key)
            {
                if (await services.GetRequiredService<AuthenticateApiKey>().Handle(key, token) is not { } staff)
                {
                    await Console.Error.WriteLineAsync("OPD_MCP_API_KEY is not a valid staff key.");
                    return ExitCodes.InvalidInput;
                }
                actor = staff;
            }
            var options = new McpServerOptions();
            services.GetRequiredService<McpConfirmations>().Configure(options, actor);
            var loggers = services.GetRequiredService<ILoggerFactory>();
            await using var transport = new StdioServerTransport(options, loggers);
            await using var server = McpServer.Create(transport, options, loggers, services);
            await server.RunAsync(token);
            return ExitCodes.Ok;
        }, needsSchema: true, ct));
        return command;
    }
}
