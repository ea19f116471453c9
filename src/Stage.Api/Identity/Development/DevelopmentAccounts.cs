using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;
using Stage.Api.Offers;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Identity.Development;

/// <summary>
/// Finds the person a development login names and makes sure the development issuer has an account
/// for them, with a stable subject (e.g. <c>pupil:123456789AB</c>). Returns that subject.
/// </summary>
public sealed class DevelopmentAccounts(IDbContextFactory<StageDbContext> databases, DevelopmentTokenIssuer tokens)
{
    public async Task<string> EnsureAccountAsync(DevelopmentLogin login, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var account = login.Kind switch
        {
            DevelopmentLoginKind.Pupil => await PupilAsync(db, login.Value.ToUpperInvariant(), cancellationToken),
            DevelopmentLoginKind.Staff => await StaffAsync(db, login.Value, cancellationToken),
            DevelopmentLoginKind.Employer => await EmployerMemberAsync(db, login.Value, cancellationToken),
            DevelopmentLoginKind.Operator => await OperatorAsync(db, login.Value, cancellationToken),
            _ => NewAccount(AccountKind.Admin, "admin:" + login.Value),
        };

        if (!await db.Accounts.AnyAsync(a => a.Issuer == account.Issuer && a.Subject == account.Subject, cancellationToken))
        {
            db.Accounts.Add(account);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Created meanwhile by a concurrent run: the account is there, which is all we need.
            }
        }

        return account.Subject;
    }

    private async Task<Account> PupilAsync(StageDbContext db, string ine, CancellationToken cancellationToken)
    {
        var id = await db.Pupils.Where(p => p.Ine == ine).Select(p => (long?)p.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new PersonNotFoundException($"No pupil has the INE '{ine}'.");
        return NewAccount(AccountKind.Pupil, "pupil:" + ine, a => a.PupilId = id);
    }

    private async Task<Account> StaffAsync(StageDbContext db, string email, CancellationToken cancellationToken)
    {
        var id = await db.StaffMembers.Where(s => EF.Functions.ILike(s.Email, Literal(email), "\\")).OrderBy(s => s.Id)
                .Select(s => (long?)s.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new PersonNotFoundException($"No staff member has the email '{email}'.");
        return NewAccount(AccountKind.Staff, Subject("staff", id), a => a.StaffMemberId = id);
    }

    private async Task<Account> OperatorAsync(StageDbContext db, string name, CancellationToken cancellationToken)
    {
        var id = await db.Operators.Where(o => EF.Functions.ILike(o.Name, Literal(name), "\\")).Select(o => (long?)o.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new PersonNotFoundException($"No operator is named '{name}'.");
        return NewAccount(AccountKind.Operator, Subject("operator", id), a => a.OperatorId = id);
    }

    /// <summary>
    /// By a member's email; or by an employer (SIRET, database id or global id), for which a demo
    /// member is created on first use, since the demo data has employers but no members.
    /// </summary>
    private async Task<Account> EmployerMemberAsync(StageDbContext db, string value, CancellationToken cancellationToken)
    {
        long memberId;
        if (value.Contains('@', StringComparison.Ordinal))
        {
            memberId = await db.EmployerMembers.Where(m => EF.Functions.ILike(m.Email, Literal(value), "\\")).OrderBy(m => m.Id)
                    .Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new PersonNotFoundException($"No employer member has the email '{value}'.");
        }
        else
        {
            var employer = await FindEmployerAsync(db, value, cancellationToken)
                ?? throw new PersonNotFoundException($"No employer has the SIRET or id '{value}'.");
            memberId = await EnsureDemoMemberAsync(db, employer, cancellationToken);
        }

        return NewAccount(AccountKind.EmployerMember, Subject("employer-member", memberId), a => a.EmployerMemberId = memberId);
    }

    private static Task<Employer?> FindEmployerAsync(StageDbContext db, string value, CancellationToken cancellationToken)
    {
        var employers = db.Employers.AsNoTracking().OrderBy(e => e.Id);
        if (value.Length == 14 && value.All(char.IsAsciiDigit))
        {
            return employers.FirstOrDefaultAsync(e => e.Siret == value, cancellationToken);
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || (GlobalId.TryDecode(value, out var type, out id) && type == EmployerType.TypeName))
        {
            return employers.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        }

        return Task.FromResult<Employer?>(null);
    }

    private static async Task<long> EnsureDemoMemberAsync(StageDbContext db, Employer employer, CancellationToken cancellationToken)
    {
        var email = string.Create(CultureInfo.InvariantCulture, $"demo.{employer.Id}@employers.dev.stage.invalid");
        var existing = await db.EmployerMembers.Where(m => m.Email == email).Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id;
        }

        var member = new EmployerMember { EmployerId = employer.Id, FirstName = "Compte", LastName = "Démo", Email = email };
        db.EmployerMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return member.Id;
    }

    private Account NewAccount(AccountKind kind, string subject, Action<Account>? link = null)
    {
        var account = new Account { Issuer = tokens.Issuer, Subject = subject, Kind = kind };
        link?.Invoke(account);
        return account;
    }

    /// <summary>An ILIKE pattern matching <paramref name="value"/> exactly, whatever its case.</summary>
    private static string Literal(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static string Subject(string prefix, long id) => string.Create(CultureInfo.InvariantCulture, $"{prefix}:{id}");
}
