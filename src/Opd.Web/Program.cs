using Opd.Core;
using Opd.Core.Database;
using Opd.Web.Chat;
using Opd.Web.Departments;
using Opd.Web.Doctors;
using Opd.Web.Health;
using Opd.Web.Infrastructure;
using Opd.Web.Infrastructure.Bodies;
using Opd.Web.Messages;
using Opd.Web.PhoneCodes;
using Opd.Web.Queue;
using Opd.Web.Reports;
using Opd.Web.Retention;
using Opd.Web.Staff;
using Opd.Web.Tokens;
using Opd.Web.Transfer;

var builder = WebApplication.CreateBuilder(args);
if (builder.Configuration["urls"] is null)
    builder.WebHost.UseUrls("http://127.0.0.1:8000");

// The database comes first: with no connection string, a private PostgreSQL starts here and
// stops when the server has finished its last request.
using var startupLog = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true));
var databaseLog = startupLog.CreateLogger("Opd.Database");
OpdDatabase database;
try
{
    database = await OpdDatabase.Open(builder.Configuration, databaseLog);
}
catch (InvalidOperationException e)
{
    // PostgreSQL missing or the data directory unusable: say what to do, without a stack trace.
    databaseLog.LogCritical("{Problem}", e.Message);
    return 1;
}
await using var ownedDatabase = database;

builder.Services.AddOpdCore(builder.Configuration, database.ConnectionString);
builder.Services.AddOpdWeb();
builder.Services.AddOpdMcp();
builder.Services.AddHostedService<NightlyArchive>();
builder.Services.AddHostedService<SessionCloser>();
// After the database is set up (AddOpdWeb); the check stops the start, the dispatcher runs in every server.
builder.Services.AddHostedService<TemplateCheck>();
builder.Services.AddHostedService<MessageDispatcher>();
builder.Services.AddHostedService<ReceiptPoller>();
builder.Services.AddSingleton<InboundLimits>();
builder.Services.AddHostedService<ReminderScheduler>();

var app = builder.Build();
app.UseOpdWeb();
// Every API route reads its body and caller through one boundary.
var api = app.MapGroup("").AddEndpointFilter<RequestBoundary>();
api.MapHealthEndpoints();
api.MapTokenEndpoints();
api.MapStaffEndpoints();
api.MapDepartmentEndpoints();
api.MapDoctorEndpoints();
api.MapAppointmentEndpoints();
api.MapScheduleEndpoints();
api.MapWaitlistEndpoints();
api.MapLiveQueueEndpoints();
api.MapReportEndpoints();
api.MapRetentionEndpoints();
api.MapTransferEndpoints();
api.MapChatEndpoints();
api.MapPhoneCodeEndpoints();
app.MapMcpEndpoints();
api.MapMessageEndpoints();
app.MapHub<QueueHub>("/hubs/queue");
// Providers' webhooks read their bodies raw: a signature is over the exact bytes.
app.MapSmsWebhooks();
app.MapWhatsAppWebhooks();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests.</summary>
public partial class Program;
