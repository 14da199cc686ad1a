using Microsoft.EntityFrameworkCore;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.Patients;
using Opd.Core.Scheduling;
using Opd.Core.Staff;
using Opd.Core.Tokens;
using Opd.Core.Waitlist;

namespace Opd.Core.Data;

public sealed class OpdDbContext(DbContextOptions<OpdDbContext> options) : DbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<OpeningHours> OpeningHours => Set<OpeningHours>();
    public DbSet<Token> Tokens => Set<Token>();
    public DbSet<TokenEvent> TokenEvents => Set<TokenEvent>();
    public DbSet<DepartmentDay> DepartmentDays => Set<DepartmentDay>();
    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<Doctor> Doctors => Set<Doctor>();
    public DbSet<Slot> Slots => Set<Slot>();
    public DbSet<Schedule> Schedules => Set<Schedule>();
    public DbSet<Closure> Closures => Set<Closure>();
    public DbSet<WaitlistEntry> Waitlist => Set<WaitlistEntry>();
    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<Retention.ArchivedToken> ArchivedTokens => Set<Retention.ArchivedToken>();
    public DbSet<Queue.QueueAction> QueueActions => Set<Queue.QueueAction>();
    public DbSet<Chat.ChatThread> ChatThreads => Set<Chat.ChatThread>();
    public DbSet<Chat.AssistantConfirmation> AssistantConfirmations => Set<Chat.AssistantConfirmation>();
    public DbSet<Messages.Message> Messages => Set<Messages.Message>();
    public DbSet<Messages.MessageTemplate> MessageTemplates => Set<Messages.MessageTemplate>();
    public DbSet<Messages.OptOut> OptOuts => Set<Messages.OptOut>();
    public DbSet<PhoneCodes.PhoneCode> PhoneCodes => Set<PhoneCodes.PhoneCode>();
    public DbSet<PhoneCodes.PhoneVerification> PhoneVerifications => Set<PhoneCodes.PhoneVerification>();
    public DbSet<Messages.InboundMessage> InboundMessages => Set<Messages.InboundMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Lets an exclusion constraint compare doctor ids (=) next to time ranges (&&).
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpdDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
