using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Common;
using Opd.Core.Staff;

namespace Opd.Cli.Staff;

/// <summary>opd staff add | key | revoke | list | password | deactivate | activate</summary>
internal static class StaffCommands
{
    public static Command Create()
    {
        var staff = new Command("staff", "Manage staff users and their API keys.");
        staff.Subcommands.Add(Add());
        staff.Subcommands.Add(Key());
        staff.Subcommands.Add(Revoke());
        staff.Subcommands.Add(List());
        staff.Subcommands.Add(Password());
        staff.Subcommands.Add(Active("deactivate", false,
            "Deactivate a staff user: their API keys stop working, their sessions end, they cannot sign in. Nothing is deleted."));
        staff.Subcommands.Add(Active("activate", true, "Let a deactivated staff user sign in and use their keys again."));
        return staff;
    }

    private static Command Add()
    {
        var username = new Argument<string>("username") { Description = "Login name: lower-case letters, digits, '.', '-' or '_'." };
        var roles = new Option<string[]>("--role") { Description = "admin, reception or doctor; repeat for several.", Required = true, AllowMultipleArgumentsPerToken = true };
        var name = new Option<string?>("--name") { Description = "The name shown to colleagues." };
        var command = new Command("add", "Create a staff user and print their first API key.") { username, roles, name };
        command.SetAction((parse, ct) => Run(async (s, token) =>
        {
            var given = parse.GetValue(roles) ?? [];
            var known = given.Select(r => StaffRoles.TryParse(r, out var role) ? (StaffRole?)role : null).ToList();
            if (known.Count == 0 || known.Contains(null))
                return Outcome.Fail(ValidationError.For("roles", StaffRoles.Rule));
            var result = await s.CreateUser(parse.GetValue(username), parse.GetValue(name), known.OfType<StaffRole>().ToList(), token);
            return result.IsSuccess ? PrintKey(result.Value!) : Outcome.Fail(result.Error!);
        }, ct));
        return command;
    }

    private static Command Key()
    {
        var username = new Argument<string>("username");
        var command = new Command("key", "Issue another API key to a staff user and print it.") { username };
        command.SetAction((parse, ct) => Run(async (s, token) =>
        {
            var result = await s.IssueKey(parse.GetValue(username)!, token);
            return result.IsSuccess ? PrintKey(result.Value!) : Outcome.Fail(result.Error!);
        }, ct));
        return command;
    }

    private static Command Revoke()
    {
        var key = new Argument<string>("key") { Description = "The key's id, or its prefix as shown by 'opd staff list'." };
        var command = new Command("revoke", "Revoke an API key; requests with it are refused from now on.") { key };
        command.SetAction((parse, ct) => Run(async (s, token) =>
        {
            var result = await s.RevokeKey(parse.GetValue(key)!, token);
            if (!result.IsSuccess)
                return Outcome.Fail(result.Error!);
            Console.WriteLine($"Revoked key {result.Value!.Prefix}… ({result.Value.Id}).");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Password()
    {
        var username = new Argument<string>("username");
        var generate = new Option<bool>("--generate") { Description = "Make up a strong password and print it, instead of reading one from standard input." };
        var command = new Command("password",
            "Set a staff user's password for the staff pages (read as one line from standard input). Ends their other sessions.") { username, generate };
        command.SetAction((parse, ct) => Run(async (s, token) =>
        {
            var password = parse.GetValue(generate) ? Opd.Core.Staff.Passwords.Generate() : Console.In.ReadLine();
            var result = await s.SetPassword(parse.GetValue(username)!, password, token);
            if (!result.IsSuccess)
                return Outcome.Fail(result.Error!);
            Console.WriteLine(parse.GetValue(generate)
                ? $"{result.Value!.Username} now signs in with the password {password}"
                : $"{result.Value!.Username} now signs in with the new password.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Active(string name, bool active, string description)
    {
        var username = new Argument<string>("username");
        var command = new Command(name, description) { username };
        command.SetAction((parse, ct) => Run(async (s, token) =>
        {
            var result = await s.SetActive(parse.GetValue(username)!, active, token);
            if (!result.IsSuccess)
                return Outcome.Fail(result.Error!);
            Console.WriteLine($"{result.Value!.Username} is {(active ? "active" : "deactivated")}.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List staff users, their roles and keys.");
        command.SetAction((_, ct) => Run(async (s, token) =>
        {
            foreach (var user in await s.List(token))
            {
                Console.WriteLine($"{user.Username}\t{user.DisplayName}\t{string.Join(",", user.Roles)}\t{(user.IsActive ? "active" : "inactive")}");
                foreach (var k in user.Keys)
                    Console.WriteLine($"  key {k.Prefix}…\t{k.Id}\tcreated {k.CreatedAt:u}\t{(k.RevokedAt is null ? "valid" : $"revoked {k.RevokedAt:u}")}");
            }
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Task<int> Run(Func<ManageStaff, CancellationToken, Task<int>> work, CancellationToken ct) =>
        CliHost.Run((services, token) => work(services.GetRequiredService<ManageStaff>(), token), needsSchema: true, ct);

    private static int PrintKey(ManageStaff.IssuedKey key)
    {
        Console.WriteLine($"API key for {key.Username} (shown only now, keep it safe):");
        Console.WriteLine(key.Secret);
        return ExitCodes.Ok;
    }
}
