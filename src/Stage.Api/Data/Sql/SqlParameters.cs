using Npgsql;

namespace Stage.Api.Data.Sql;

/// <summary>
/// Collects the positional parameters ($1, $2, ...) of a SQL statement being built, so that values
/// never enter the SQL text.
/// </summary>
public sealed class SqlParameters
{
    private readonly List<NpgsqlParameter> _parameters = [];

    public IReadOnlyList<NpgsqlParameter> All => _parameters;

    /// <summary>Adds a value and returns its placeholder.</summary>
    public string Add<T>(T value)
    {
        _parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return "$" + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Adds a value whose type is known only at run time (Npgsql infers the database type) and returns its placeholder.</summary>
    public string AddValue(object? value)
    {
        _parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return "$" + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A builder starting with these parameters, for statements that share a translated condition.</summary>
    public SqlParameters Copy() { var copy = new SqlParameters(); copy._parameters.AddRange(_parameters); return copy; }

    /// <summary>Copies the parameters into a command (a parameter belongs to one command at a time).</summary>
    public void CopyTo(NpgsqlCommand command) => CopyTo(command.Parameters);

    public void CopyTo(NpgsqlBatchCommand command) => CopyTo(command.Parameters);

    private void CopyTo(NpgsqlParameterCollection target)
    {
        foreach (var parameter in _parameters)
        {
            target.Add(parameter.Clone());
        }
    }
}
