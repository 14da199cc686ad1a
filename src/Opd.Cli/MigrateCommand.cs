using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Database;

namespace Opd.Cli;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply the database schema migrations and add the reference departments (for servers started with OPD_MIGRATE_ON_START=false).");
        command.SetAction((_, ct) => CliHost.Run(async (services, token) =>
        {
            Console.WriteLine("Applying migrations…");
            var environment = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            await services.GetRequiredService<DatabaseSetup>().Run(
                new DatabaseSetup.Options(Migrate: true, DemoData: false, environment["OPD_ADMIN_API_KEY"], environment["OPD_ADMIN_PASSWORD"],
                    CredentialsDirectory: OpdDatabase.DataDirectory(environment)), token);
            Console.WriteLine("The database is up to date.");
            return ExitCodes.Ok;
        }, needsSchema: false, ct));
        return command;
    }
}
