using Microsoft.EntityFrameworkCore;
using Stage.Api.ApiKeys;
using Stage.Api.Agreements;
using Stage.Api.Applications;
using Stage.Api.Identity;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Offers;
using Stage.Api.Schools;

namespace Stage.Api.Data;

public sealed class StageDbContext(DbContextOptions<StageDbContext> options) : DbContext(options)
{
    public DbSet<Sector> Sectors => Set<Sector>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<Pupil> Pupils => Set<Pupil>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<EmployerMember> EmployerMembers => Set<EmployerMember>();
    public DbSet<Operator> Operators => Set<Operator>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();
    public DbSet<IdempotencyKey> IdempotencyKeys => Set<IdempotencyKey>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<AgreementSignature> AgreementSignatures => Set<AgreementSignature>();
    public DbSet<AgreementEvent> AgreementEvents => Set<AgreementEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.HasPostgresExtension("btree_gist");

        modelBuilder.ApplyConfiguration(new SectorConfiguration());
        modelBuilder.ApplyConfiguration(new EmployerConfiguration());
        modelBuilder.ApplyConfiguration(new OfferConfiguration());
        modelBuilder.ApplyConfiguration(new SchoolConfiguration());
        modelBuilder.ApplyConfiguration(new PupilConfiguration());
        modelBuilder.ApplyConfiguration(new StaffMemberConfiguration());
        modelBuilder.ApplyConfiguration(new EmployerMemberConfiguration());
        modelBuilder.ApplyConfiguration(new OperatorConfiguration());
        modelBuilder.ApplyConfiguration(new AccountConfiguration());
        modelBuilder.ApplyConfiguration(new ApplicationConfiguration());
        modelBuilder.ApplyConfiguration(new ApplicationEventConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyKeyConfiguration<Account>());
        modelBuilder.ApplyConfiguration(new ApiKeyConfiguration());
        modelBuilder.ApplyConfiguration(new AgreementConfiguration());
        modelBuilder.ApplyConfiguration(new AgreementSignatureConfiguration());
        modelBuilder.ApplyConfiguration(new AgreementEventConfiguration());
    }
}
