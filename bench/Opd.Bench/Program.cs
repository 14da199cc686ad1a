using System.Net;
using Opd.Bench;

// opd-bench run  --url http://127.0.0.1:8000 --key ADMIN_KEY [--concurrency 64] [--seconds 15] [--only a,b]
// opd-bench load --tokens 1000000 [--data-dir .opd-data | --connection "Host=...;..."]
// opd-bench dispatch --messages 20000 [--gateway-port 9099] [--data-dir .opd-data | --connection "Host=...;..."]
var options = Options.Parse(args);
switch (options.Command)
{
    case "load":
        await Loader.Load(options.ConnectionString(), options.Int("tokens", 1_000_000));
        return 0;
    case "run":
        return await Run(options);
    case "dispatch":
        return await Dispatch.Run(options.ConnectionString(), options.Int("messages", 20_000), options.Get("gateway-port") is { } port ? int.Parse(port) : null);
    default:
        Console.Error.WriteLine("usage: opd-bench run --url URL --key ADMIN_KEY [--concurrency 64] [--seconds 15] [--only book-a,book-b,book-hot,get-token,get-queue]");
        Console.Error.WriteLine("       opd-bench load --tokens 1000000 [--data-dir DIR | --connection CONNECTION_STRING]");
        Console.Error.WriteLine("       opd-bench dispatch --messages 20000 [--gateway-port PORT] [--data-dir DIR | --connection CONNECTION_STRING]");
        return 2;
}

static async Task<int> Run(Options options)
{
    var concurrency = options.Int("concurrency", 64);
    var duration = TimeSpan.FromSeconds(options.Int("seconds", 15));
    var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
    using var http = new HttpClient(handler) { BaseAddress = new Uri(options.Get("url") ?? "http://127.0.0.1:8000"), Timeout = TimeSpan.FromSeconds(30) };
    var scenarios = new Scenarios(http, options.Get("key") ?? throw new ArgumentException("--key ADMIN_KEY is required"));
    Console.WriteLine("Creating doctors and slots…");
    await scenarios.Prepare(doctors: options.Int("doctors", 50), days: 30);

    var all = new (string Name, Func<int, Task<int>> Request)[]
    {
        ("book-a", scenarios.BookDepartmentToken),
        ("book-b", scenarios.BookDoctorToken),
        ("book-hot", scenarios.BookHotSlot),
        ("get-token", scenarios.GetToken),
        ("get-queue", scenarios.GetQueue),
    };
    var only = options.Get("only")?.Split(',');
    Console.WriteLine($"{concurrency} concurrent clients, {duration.TotalSeconds:N0} s per scenario after 3 s of warm-up");
    Console.WriteLine("| scenario | requests | req/s | p50 ms | p99 ms | failures |");
    Console.WriteLine("|---|---:|---:|---:|---:|---|");
    var failed = false;
    foreach (var (name, request) in all.Where(s => only is null || only.Contains(s.Name)))
    {
        if (name == "get-token" && !scenarios.HasTokens)
            await LoadRunner.Run("seed", 8, TimeSpan.Zero, TimeSpan.FromSeconds(2), scenarios.BookDepartmentToken);
        var outcome = await LoadRunner.Run(name, concurrency, TimeSpan.FromSeconds(3), duration, request);
        Console.WriteLine(outcome.Row());
        failed |= outcome.Failures.Keys.Any(status => status != (int)HttpStatusCode.Conflict);
    }
    return failed ? 1 : 0;
}
