using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Schools;

/// <summary>
/// Every rule of a row refuses the whole call: nothing is written, and each problem is reported with
/// its row's index and field.
/// </summary>
public sealed class PreRegistrationValidationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public static TheoryData<string, string, object?, string> BrokenRows() => new()
    {
        { "missing INE", "ine", null, "REQUIRED" },
        { "blank INE", "ine", "   ", "REQUIRED" },
        { "INE too short", "ine", "12345678AB", "INVALID_INE" },
        { "INE with a letter among the digits", "ine", "12345A789AB", "INVALID_INE" },
        { "INE ending with a digit", "ine", "123456789A1", "INVALID_INE" },
        { "INE with an accent", "ine", "123456789AÉ", "INVALID_INE" },
        { "missing first name", "firstName", null, "REQUIRED" },
        { "blank first name", "firstName", " \t ", "REQUIRED" },
        { "first name of 101 characters", "firstName", new string('a', 101), "TOO_LONG" },
        { "missing last name", "lastName", null, "REQUIRED" },
        { "last name of 101 characters", "lastName", new string('b', 101), "TOO_LONG" },
        { "missing class", "className", null, "REQUIRED" },
        { "class of 31 characters", "className", new string('c', 31), "TOO_LONG" },
        { "missing grade", "grade", null, "REQUIRED" },
        { "grade of a collège in a lycée", "grade", "TROISIEME", "GRADE_NOT_TAUGHT" },
        { "4e in a lycée", "grade", "QUATRIEME", "GRADE_NOT_TAUGHT" },
        { "missing birth date", "birthDate", null, "REQUIRED" },
        { "a 9-year-old in 2nde", "birthDate", PupilScenario.BirthDate(9), "IMPLAUSIBLE_BIRTH_DATE" },
        { "an 11-year-old in 2nde", "birthDate", PupilScenario.BirthDate(11), "IMPLAUSIBLE_BIRTH_DATE" },
        { "a 21-year-old in 2nde", "birthDate", PupilScenario.BirthDate(21), "IMPLAUSIBLE_BIRTH_DATE" },
        { "born in the future", "birthDate", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "IMPLAUSIBLE_BIRTH_DATE" },
    };

    [Theory]
    [MemberData(nameof(BrokenRows))]
    public async Task A_broken_row_refuses_the_whole_call_and_names_its_index_and_field(string why, string field, object? value, string problem)
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var rows = PupilScenario.Rows(20);
        rows[12][field] = value;
        var before = await scenario.PupilCountAsync();

        var payload = await PupilScenario.PreRegisterAsync(staff, rows);

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.True(error["__typename"]!.GetValue<string>() == "PupilRowError", why);
        Assert.Equal(12, error["index"]!.GetValue<int>());
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.Equal($"pupils[12].{field}", error["path"]!.GetValue<string>());
        Assert.Equal(problem, error["problem"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
        Assert.Null(payload["pupils"]);
        Assert.Equal(0, payload["count"]!.GetValue<int>());
        Assert.Equal(before, await scenario.PupilCountAsync());
    }

    [Fact]
    public async Task Names_and_classes_at_their_limits_and_the_extreme_ages_are_accepted()
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var longest = PupilScenario.Row(lastName: new string('é', 100), className: new string('c', 30));
        longest["firstName"] = new string('a', 100);
        var youngest = PupilScenario.Row();
        youngest["birthDate"] = PupilScenario.BirthDate(12);
        var oldest = PupilScenario.Row();
        oldest["birthDate"] = PupilScenario.BirthDate(20);

        var payload = await PupilScenario.PreRegisterAsync(staff, [longest, youngest, oldest]);

        Assert.Null(payload["errors"]);
        Assert.Equal(3, payload["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_problem_of_every_row_is_listed_in_row_order()
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var rows = PupilScenario.Rows(5);
        rows[4]["ine"] = "bad";
        rows[1]["firstName"] = "";
        rows[1]["grade"] = "TROISIEME";
        rows[3]["className"] = null;

        var errors = (await PupilScenario.PreRegisterAsync(staff, rows))["errors"]!.AsArray();

        Assert.Equal(["pupils[1].firstName", "pupils[1].grade", "pupils[3].className", "pupils[4].ine"], errors.Select(e => e!["path"]!.GetValue<string>()));
        Assert.Equal("BAD", errors[3]!["ine"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(SchoolKind.College, "QUATRIEME", true)]
    [InlineData(SchoolKind.College, "TROISIEME", true)]
    [InlineData(SchoolKind.College, "SECONDE", false)]
    [InlineData(SchoolKind.Lycee, "SECONDE", true)]
    [InlineData(SchoolKind.Lycee, "TROISIEME", false)]
    [InlineData(SchoolKind.Lycee, "QUATRIEME", false)]
    public async Task A_school_registers_only_the_grades_it_teaches(SchoolKind kind, string grade, bool accepted)
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync(kind));
        var row = PupilScenario.Row(kind);
        row["grade"] = grade;
        row["birthDate"] = PupilScenario.BirthDate(14);

        var payload = await PupilScenario.PreRegisterAsync(staff, [row]);

        Assert.Equal(accepted ? 1 : 0, payload["count"]!.GetValue<int>());
        if (!accepted)
        {
            Assert.Equal("GRADE_NOT_TAUGHT", payload["errors"]![0]!["problem"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_001)]
    public async Task A_call_takes_1_to_1000_rows(int count)
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var before = await scenario.PupilCountAsync();

        var payload = await PupilScenario.PreRegisterAsync(staff, PupilScenario.Rows(count));

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("InvalidFieldError", error["__typename"]!.GetValue<string>());
        Assert.Equal("pupils", error["field"]!.GetValue<string>());
        Assert.Equal(before, await scenario.PupilCountAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789x")]
    public async Task An_idempotency_key_has_1_to_100_characters(string key)
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());

        var payload = await PupilScenario.PreRegisterAsync(staff, PupilScenario.Rows(1), key);

        Assert.Equal("idempotencyKey", payload["errors"]![0]!["field"]!.GetValue<string>());
    }
}
