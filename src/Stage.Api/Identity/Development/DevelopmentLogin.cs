


namespace Stage.Api.Identity.Development;

/// <summary>A person to sign in as, as given to <c>./stage token</c>: <c>--pupil INE</c>, <c>--staff email</c>...</summary>
public sealed record DevelopmentLogin(DevelopmentLoginKind Kind, string Value)
{
    public const string Usage =
        "usage: token --pupil <INE> | --staff <email> | --employer <member email | employer SIRET | employer id> | --operator <name> | --admin <name>";

    public static DevelopmentLogin Pupil(string ine) => new(DevelopmentLoginKind.Pupil, ine);
    public static DevelopmentLogin Staff(string email) => new(DevelopmentLoginKind.Staff, email);
    public static DevelopmentLogin Employer(string memberEmailSiretOrId) => new(DevelopmentLoginKind.Employer, memberEmailSiretOrId);
    public static DevelopmentLogin Operator(string name) => new(DevelopmentLoginKind.Operator, name);
    public static DevelopmentLogin Admin(string name) => new(DevelopmentLoginKind.Admin, name);

    /// <summary>Exactly one option and its value; an <see cref="ArgumentException"/> with the usage otherwise.</summary>
    public static DevelopmentLogin Parse(IReadOnlyList<string> args)
    {
        if (args.Count != 2 || string.IsNullOrWhiteSpace(args[1]))
        {
            throw new ArgumentException(Usage);
        }

        var value = args[1].Trim();
        return args[0] switch
        {
            "--pupil" => Pupil(value),
            "--staff" => Staff(value),
            "--employer" => Employer(value),
            "--operator" => Operator(value),
            "--admin" => Admin(value),
            _ => throw new ArgumentException(Usage),
        };
    }
}

/// <summary>Whom a development token is for: the options of <c>./stage token</c>.</summary>
public enum DevelopmentLoginKind
{
    Pupil,
    Staff,
    Employer,
    Operator,
    Admin,
}

/// <summary>Nobody matches what was given to <c>./stage token</c>.</summary>
public sealed class PersonNotFoundException(string message) : Exception(message);
