using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Database;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.Messages;
using Opd.Core.Queue;
using Opd.Core.Scheduling;
using Opd.Core.Staff;
using Opd.Core.Tokens;

namespace Opd.Core;

public static class ServiceCollectionExtensions
{
    /// <summary>Everything the application needs, for the web host, the CLI and the tests alike.</summary>
    public static IServiceCollection AddOpdCore(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        // One pool of connections for EF and for the booking statements that bypass it.
        services.AddSingleton(_ => DataSourceFactory.Create(connectionString));
        services.AddPooledDbContextFactory<OpdDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<DepartmentDirectory>();
        services.AddSingleton<KeyedGate>();
        services.TryAddSingletonTimeProvider();
        services.AddOptions<ClinicOptions>().Bind(configuration.GetSection(ClinicOptions.Section))
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Clinic:TimeZone is not a known time zone (for example Asia/Kolkata).")
            .Validate(o => o.MaxDaysAhead is >= 0 and <= 3650, "Clinic:MaxDaysAhead must be between 0 and 3650 days.")
            .ValidateOnStart();
        services.AddSingleton<ClinicClock>();
        // A weak chosen admin password or key stops the start with the rule, before anyone can use it.
        services.AddOptions<FirstAdminSettings>()
            .Configure(o => (o.ApiKey, o.Password) = (configuration["OPD_ADMIN_API_KEY"], configuration["OPD_ADMIN_PASSWORD"]))
            .Validate(o => FirstAdmin.CheckSettings(o.ApiKey, null) is null,
                $"OPD_ADMIN_API_KEY must be at least {FirstAdmin.MinKeyLength} characters long (or unset, to have one generated).")
            .Validate(o => FirstAdmin.CheckSettings(null, o.Password) is null,
                $"OPD_ADMIN_PASSWORD must be {Passwords.MinLength} to {Passwords.MaxLength} characters long (or unset, to have one generated).")
            .ValidateOnStart();
        services.AddOptions<QueueOptions>().Bind(configuration.GetSection(QueueOptions.Section))
            .Validate(o => o.MaxRecalls is >= 0 and <= 10, "Queue:MaxRecalls must be between 0 and 10.")
            .Validate(o => o.NoShowAfterSessionMinutes is >= -1 and <= 1440, "Queue:NoShowAfterSessionMinutes must be -1 (off) to 1440.")
            .Validate(o => o.DefaultConsultationMinutes is >= 1 and <= 120, "Queue:DefaultConsultationMinutes must be between 1 and 120.")
            .Validate(o => o.MinConsultationsForEta is >= 1 and <= 50 && o.AverageOfLast is >= 1 and <= 50, "Queue:MinConsultationsForEta and Queue:AverageOfLast must be between 1 and 50.")
            .Validate(o => o.DefaultSkip is >= 1 and <= QueueDesk.MaxSkip, "Queue:DefaultSkip must be between 1 and 50.")
            .ValidateOnStart();
        // IQueueEvents is registered by each host, exactly once: the web host pushes to its hub, the CLI
        // has no screens. A default here would be replaced silently, and a host that forgot would push nowhere.
        services.AddOptions<Chat.ChatOptions>().Bind(configuration.GetSection(Chat.ChatOptions.Section))
            .Validate(o => o.ThreadMinutes is >= 1 and <= 10_080 && o.KeepTurns is >= 1 and <= 500, "Chat:ThreadMinutes must be 1–10080 and Chat:KeepTurns 1–500.")
            .Validate(o => string.IsNullOrWhiteSpace(o.LlmBaseUrl) || Uri.TryCreate(o.LlmBaseUrl, UriKind.Absolute, out _), "Chat:LlmBaseUrl must be an absolute URL.")
            .Validate(o => o.LlmTimeoutSeconds is >= 1 and <= 120, "Chat:LlmTimeoutSeconds must be between 1 and 120.")
            .Validate(o => o.ConfirmationMinutes is >= 1 and <= 120, "Chat:ConfirmationMinutes must be between 1 and 120.")
            .ValidateOnStart();
        services.AddSingleton<Chat.Conversation>();
        services.AddSingleton<Chat.HandleChat>();
        services.AddSingleton<Chat.AssistantTools>();
        services.AddSingleton<Chat.ModelConversation>();
        services.AddSingleton<Chat.PendingChat>();
        services.AddSingleton<Chat.McpConfirmations>();
        Chat.ModelConversation.AddTo(services);
        services.AddOptions<Retention.RetentionOptions>().Bind(configuration.GetSection(Retention.RetentionOptions.Section))
            .Validate(o => o.Days is >= 0 and <= 36_500, "Retention:Days must be between 0 (off) and 36500.")
            .ValidateOnStart();

        services.AddOpdMessages(configuration);

        services.AddOptions<PhoneCodes.PhoneCodeOptions>().Bind(configuration.GetSection(PhoneCodes.PhoneCodeOptions.Section))
            .Validate(o => o.ResendSeconds is >= 0 and <= 3600 && o.SendsPerPhonePerHour is >= 1 and <= 100,
                "PhoneCodes:ResendSeconds must be 0–3600 and PhoneCodes:SendsPerPhonePerHour 1–100.")
            .Validate(o => o.VerificationMinutes is >= 1 and <= 1440, "PhoneCodes:VerificationMinutes must be between 1 and 1440.")
            .ValidateOnStart();
        services.AddOptions<PhoneCodes.BookingOptions>().Bind(configuration.GetSection(PhoneCodes.BookingOptions.Section));
        services.AddSingleton<PhoneCodes.SendPhoneCode>();
        services.AddSingleton<PhoneCodes.VerifyPhoneCode>();
        services.AddSingleton<PhoneCodes.PhoneProofs>();
        services.AddSingleton<PhoneTokens>();
        services.AddSingleton<BookToken.Handler>();
        services.AddSingleton<ChangeTokenStatus.Handler>();
        services.AddSingleton<GetToken.Handler>();
        services.AddSingleton<Patients.FindPatient>();
        services.AddSingleton<SearchTokens.Handler>();
        services.AddSingleton<DailyTokens.Handler>();
        services.AddSingleton<TokenStats.Handler>();
        services.AddSingleton<ListDepartments.Handler>();
        services.AddSingleton<UpdateDepartment.Handler>();
        services.AddSingleton<BookSlotToken.Handler>();
        services.AddSingleton<BookingChoices>();
        services.AddSingleton<SlotQueue>();
        services.AddSingleton<QueueDesk>();
        services.AddSingleton<QueueTransfer>();
        services.AddSingleton<ReadQueue>();
        services.AddSingleton<CloseSessions>();
        services.AddSingleton<ManageDoctors>();
        services.AddSingleton<ManageSlots>();
        services.AddSingleton<ManageSchedules>();
        services.AddSingleton<ManageClosures>();
        services.AddSingleton<Waitlist.ManageWaitlist>();
        services.AddSingleton<ManageStaff>();
        services.AddSingleton<AuthenticateApiKey>();
        services.AddSingleton<SignIn>();
        services.AddSingleton<StaffSessions>();
        services.AddSingleton<FirstAdmin>();
        services.AddSingleton<DemoData>();
        services.AddSingleton<DatabaseSetup>();
        services.AddSingleton<Transfer.ImportLegacyBookings>();
        services.AddSingleton<Transfer.ExportTokens>();
        services.AddSingleton<Reports.OpdReport>();
        services.AddSingleton<Reports.UpcomingAppointments>();
        services.AddSingleton<Retention.ArchiveOldTokens>();
        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(s => s.ServiceType != typeof(TimeProvider)))
            services.AddSingleton(TimeProvider.System);
    }
}
