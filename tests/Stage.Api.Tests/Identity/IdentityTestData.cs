using System.Globalization;
using Stage.Api.Data;
using Stage.Api.Identity;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Tests.Identity;

/// <summary>People to sign in as: each call makes a new one, with unique identifiers.</summary>
public static class IdentityTestData
{
    private static int _next;

    public static async Task<Pupil> AddPupilAsync(this StageDbContext db, School school)
    {
        var n = Interlocked.Increment(ref _next);
        var pupil = new Pupil
        {
            Ine = string.Create(CultureInfo.InvariantCulture, $"{n:D9}0A"),
            FirstName = "Léa",
            LastName = "Martin",
            Grade = Grade.Seconde,
            ClassName = "2nde 3",
            SchoolId = school.Id,
            BirthDate = new DateOnly(2010, 3, 14),
        };
        db.Pupils.Add(pupil);
        await db.SaveChangesAsync();
        return pupil;
    }

    public static async Task<StaffMember> AddStaffMemberAsync(this StageDbContext db, School school, StaffRole role)
    {
        var n = Interlocked.Increment(ref _next);
        var staff = new StaffMember
        {
            SchoolId = school.Id,
            FirstName = "Paul",
            LastName = "Lefèvre",
            Email = string.Create(CultureInfo.InvariantCulture, $"paul.lefevre{n}@ac-paris.fr"),
            Role = role,
        };
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        return staff;
    }

    public static async Task<EmployerMember> AddEmployerMemberAsync(this StageDbContext db, Employer employer)
    {
        var n = Interlocked.Increment(ref _next);
        var member = new EmployerMember
        {
            EmployerId = employer.Id,
            FirstName = "Inès",
            LastName = "Dupré",
            Email = string.Create(CultureInfo.InvariantCulture, $"ines{n}@boulangerie-dupre.example.fr"),
        };
        db.EmployerMembers.Add(member);
        await db.SaveChangesAsync();
        return member;
    }

    public static async Task<Operator> AddOperatorAsync(this StageDbContext db)
    {
        var n = Interlocked.Increment(ref _next);
        var op = new Operator { Name = string.Create(CultureInfo.InvariantCulture, $"Réseau Tremplin {n}") };
        db.Operators.Add(op);
        await db.SaveChangesAsync();
        return op;
    }

    /// <summary>A school with a UAI of its own (UAIs are unique).</summary>
    public static Task<School> AddUniqueSchoolAsync(this StageDbContext db) =>
        db.AddSchoolAsync(s => s.Uai = string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Increment(ref _next):D7}B"));

    /// <summary>An employer with a SIRET of its own.</summary>
    public static Task<Employer> AddUniqueEmployerAsync(this StageDbContext db) =>
        db.AddEmployerAsync(e => e.Siret = string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Increment(ref _next):D14}"));

    public static async Task<Account> AddAccountAsync(this StageDbContext db, string issuer, string subject, Pupil pupil)
    {
        var account = new Account { Issuer = issuer, Subject = subject, Kind = AccountKind.Pupil, PupilId = pupil.Id };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account;
    }
}
