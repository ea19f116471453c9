using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphQL;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Kit.Filtering;

/// <summary>
/// A <c>where</c> argument read once into a tree: groups (<c>and</c>, <c>or</c>, and the implicit "all of" of
/// one object) over conditions on fields. Every operand is checked and typed while reading, so a mistake is an
/// <c>INVALID_FILTER</c> (or the field's own code) naming its argument path before any database work; translating
/// the tree cannot fail.
/// </summary>
public abstract record FilterNode(string Path)
{
    /// <summary>True when a condition anywhere in the tree is on <paramref name="field"/>.</summary>
    public bool Mentions(FilterField field) => this switch
    {
        FilterGroup group => group.Parts.Any(part => part.Mentions(field)),
        FieldFilter condition => condition.Field == field,
        _ => false,
    };
}

/// <summary>Every part holds (<paramref name="AnyPart"/> false), or at least one does.</summary>
public sealed record FilterGroup(bool AnyPart, IReadOnlyList<FilterNode> Parts, string Path) : FilterNode(Path);

/// <summary>The operators given on one field; all of them hold.</summary>
public sealed record FieldFilter(FilterField Field, IReadOnlyList<FilterOperation> Operations, string Path) : FilterNode(Path);

/// <summary>
/// One operator with its checked operand: a value (null only for <c>eq</c>/<c>neq</c>), a non-empty array
/// (<c>in</c>/<c>nin</c>), a boolean (<c>any</c>), the element conditions (<c>some</c>/<c>all</c>/<c>none</c>),
/// or what a feature's own field reads.
/// </summary>
public sealed record FilterOperation(string Operator, object? Operand, string Path);

/// <summary>A feature's filterable fields by their GraphQL name: the only thing a feature writes to be filtered.</summary>
public sealed class FilterFields(string subject) : Dictionary<string, FilterField>
{
    /// <summary>How the refusal of an unknown field names the things filtered ("Offers").</summary>
    public string Subject { get; } = subject;
}

/// <summary>One filterable field: which operators it takes, and how an operand is checked.</summary>
public abstract class FilterField
{
    public abstract FilterOperation Read(string name, object? value, string path);

    /// <summary>The SQL condition of all the operations on this field (AND), for fields that live in SQL.</summary>
    public virtual string Sql(FieldFilter filter, SqlParameters parameters) =>
        All(filter.Operations.Select(operation => Sql(operation, parameters)));

    protected virtual string Sql(FilterOperation operation, SqlParameters parameters) =>
        throw new NotSupportedException($"{GetType().Name} has no SQL translation.");

    public static string All(IEnumerable<string> conditions)
    {
        var list = conditions.ToList();
        return list.Count == 0 ? "TRUE" : "(" + string.Join(" AND ", list) + ")";
    }

    public static T Required<T>(object? value, string path, string name) =>
        value is T typed ? typed : throw new InvalidArgumentError(ErrorCodes.InvalidFilter, $"{path}.{name}", $"'{name}' needs a value.");

    public static T[] NonEmptyList<T>(object? value, string path, string name)
    {
        var items = value is IEnumerable enumerable and not string ? enumerable.Cast<T>().ToArray()
            : throw new InvalidArgumentError(ErrorCodes.InvalidFilter, $"{path}.{name}", $"'{name}' needs a list.");
        return items.Length > 0 ? items
            : throw new InvalidArgumentError(ErrorCodes.EmptyList, $"{path}.{name}", $"'{name}' needs at least one value.");
    }

    public static InvalidArgumentError Unknown(string path, string name) =>
        new(ErrorCodes.InvalidFilter, $"{path}.{name}", $"'{name}' is not an operator here.");
}

/// <summary>
/// A field holding one value of type <typeparamref name="T"/>: <c>eq</c>, <c>neq</c>, <c>in</c>, <c>nin</c>, the
/// comparisons, and for text <c>contains</c>, <c>ncontains</c>, <c>startsWith</c>, <c>endsWith</c> (which operators
/// a field shows is its input type's choice). Operands pass through <paramref name="normalize"/> (e.g. to UTC).
/// </summary>
public class ValueField<T>(Func<T, T>? normalize = null) : FilterField
{
    private static readonly bool IsText = typeof(T) == typeof(string);

    public override FilterOperation Read(string name, object? value, string path) => new(name, name switch
    {
        FilterOperators.Eq or FilterOperators.Neq => value is null ? null : Normalize((T)value),
        FilterOperators.Gt or FilterOperators.Gte or FilterOperators.Lt or FilterOperators.Lte => Normalize(Required<T>(value, path, name)),
        FilterOperators.In or FilterOperators.Nin => NonEmptyList<T>(value, path, name).Select(Normalize).ToArray(),
        FilterOperators.Contains or FilterOperators.Ncontains or FilterOperators.StartsWith or FilterOperators.EndsWith when IsText
            => Required<string>(value, path, name),
        _ => throw Unknown(path, name),
    }, $"{path}.{name}");

    private T Normalize(T value) => normalize is null ? value : normalize(value);
}

/// <summary>A <see cref="ValueField{T}"/> read from a SQL expression (a column, or any expression on the row).</summary>
public class ColumnField<T>(string expression, Func<T, T>? normalize = null) : ValueField<T>(normalize)
{
    protected override string Sql(FilterOperation operation, SqlParameters parameters)
    {
        var value = operation.Operand;
        return operation.Operator switch
        {
            FilterOperators.Eq => value is null ? $"{expression} IS NULL" : $"{expression} = {parameters.Add((T)value)}",
            FilterOperators.Neq => value is null ? $"{expression} IS NOT NULL" : $"{expression} IS DISTINCT FROM {parameters.Add((T)value)}",
            FilterOperators.Gt => $"{expression} > {parameters.Add((T)value!)}",
            FilterOperators.Gte => $"{expression} >= {parameters.Add((T)value!)}",
            FilterOperators.Lt => $"{expression} < {parameters.Add((T)value!)}",
            FilterOperators.Lte => $"{expression} <= {parameters.Add((T)value!)}",
            FilterOperators.In => $"coalesce({expression} = ANY({parameters.Add((T[])value!)}), false)",
            FilterOperators.Nin => $"NOT coalesce({expression} = ANY({parameters.Add((T[])value!)}), false)",
            FilterOperators.Contains => $"coalesce(strpos({expression}, {parameters.Add((string)value!)}) > 0, false)",
            FilterOperators.Ncontains => $"coalesce(strpos({expression}, {parameters.Add((string)value!)}) = 0, true)",
            FilterOperators.StartsWith => $"coalesce(starts_with({expression}, {parameters.Add((string)value!)}), false)",
            FilterOperators.EndsWith => EndsWith(parameters.Add((string)value!)),
            _ => throw new InvalidOperationException($"'{operation.Operator}' was not read by this field."),
        };

        string EndsWith(string parameter) => $"coalesce(right({expression}, length({parameter})) = {parameter}, false)";
    }
}

/// <summary>
/// A list column (a SQL array) whose elements are tested by <paramref name="element"/>, written on the element
/// alias <c>x</c>: <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.
/// </summary>
public class ArrayField(string column, FilterField element) : FilterField
{
    public override FilterOperation Read(string name, object? value, string path) => name switch
    {
        FilterOperators.Any => new(name, Required<bool>(value, path, name), $"{path}.{name}"),
        FilterOperators.Some or FilterOperators.All or FilterOperators.None => new(name,
            (value as IDictionary<string, object?>
                ?? throw new InvalidArgumentError(ErrorCodes.InvalidFilter, $"{path}.{name}", $"'{name}' needs a condition on the elements."))
            .Select(op => element.Read(op.Key, op.Value, $"{path}.{name}")).ToArray(),
            $"{path}.{name}"),
        _ => throw Unknown(path, name),
    };

    protected override string Sql(FilterOperation operation, SqlParameters parameters)
    {
        if (operation.Operand is bool any)
        {
            return any ? $"cardinality({column}) > 0" : $"cardinality({column}) = 0";
        }

        var condition = element.Sql(new FieldFilter(element, (FilterOperation[])operation.Operand!, operation.Path), parameters);
        return operation.Operator switch
        {
            FilterOperators.Some => $"EXISTS (SELECT 1 FROM unnest({column}) AS x WHERE {condition})",
            FilterOperators.All => $"NOT EXISTS (SELECT 1 FROM unnest({column}) AS x WHERE NOT coalesce({condition}, false))",
            _ => $"NOT EXISTS (SELECT 1 FROM unnest({column}) AS x WHERE {condition})",
        };
    }
}

/// <summary>
/// A field of related rows: the condition of <paramref name="inner"/> holds for at least one row of
/// <paramref name="related"/> (a <c>FROM ... WHERE</c> joining the filtered row).
/// </summary>
public sealed class RelatedField(string related, FilterField inner) : FilterField
{
    public override FilterOperation Read(string name, object? value, string path) => inner.Read(name, value, path);

    public override string Sql(FieldFilter filter, SqlParameters parameters) =>
        $"EXISTS (SELECT 1 FROM {related} AND {inner.Sql(filter with { Field = inner }, parameters)})";
}

/// <summary>A field whose conditions are a LINQ predicate on <typeparamref name="TEntity"/>.</summary>
public interface IPredicateField<TEntity>
{
    Expression Predicate(FieldFilter filter, ParameterExpression entity);
}

/// <summary>
/// A <see cref="ValueField{T}"/> read from a property of <typeparamref name="TEntity"/>, for lists queried through
/// Entity Framework: the conditions become a LINQ predicate, their operands query parameters.
/// </summary>
public sealed class PropertyField<TEntity, T>(Expression<Func<TEntity, T>> property, Func<T, T>? normalize = null)
    : ValueField<T>(normalize), IPredicateField<TEntity>
{
    private static readonly MethodInfo Contains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(T));

    public Expression Predicate(FieldFilter filter, ParameterExpression entity)
    {
        var value = new ParameterReplacer(property.Parameters[0], entity).Visit(property.Body);
        return filter.Operations.Select(operation => Predicate(value, operation))
            .Aggregate((Expression)Expression.Constant(true), Expression.AndAlso);
    }

    private static Expression Predicate(Expression value, FilterOperation operation) => operation.Operator switch
    {
        FilterOperators.Eq => operation.Operand is null ? IsNull(value) : Expression.Equal(value, Operand<T>(operation)),
        FilterOperators.Neq => operation.Operand is null ? Expression.Not(IsNull(value)) : Expression.NotEqual(value, Operand<T>(operation)),
        FilterOperators.Gt => Expression.GreaterThan(value, Operand<T>(operation)),
        FilterOperators.Gte => Expression.GreaterThanOrEqual(value, Operand<T>(operation)),
        FilterOperators.Lt => Expression.LessThan(value, Operand<T>(operation)),
        FilterOperators.Lte => Expression.LessThanOrEqual(value, Operand<T>(operation)),
        FilterOperators.In => Expression.Call(Contains, Operand<T[]>(operation), value),
        FilterOperators.Nin => Expression.Not(Expression.Call(Contains, Operand<T[]>(operation), value)),
        _ => throw new InvalidOperationException($"'{operation.Operator}' has no LINQ translation."),
    };

    private static Expression IsNull(Expression value) =>
        default(T) is null ? Expression.Equal(value, Expression.Constant(null, typeof(T))) : Expression.Constant(false);

    /// <summary>Read through a box, so that Entity Framework sends the operand as a parameter rather than inlining it.</summary>
    private static MemberExpression Operand<TOperand>(FilterOperation operation) =>
        Expression.Field(Expression.Constant(new StrongBox<TOperand>((TOperand)operation.Operand!)), nameof(StrongBox<TOperand>.Value));

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>Reads the <c>where</c> argument of a field into a <see cref="FilterNode"/>, and turns a tree into SQL.</summary>
public static class FilterArgument
{
    public const string Name = "where";

    /// <summary>The field's <c>where</c> argument as a tree, or null when the client gave none.</summary>
    public static FilterNode? Read(IResolveFieldContext context, FilterFields fields) =>
        context.GetArgument<object?>(Name) is IDictionary<string, object?> where ? Read(where, fields, Name) : null;

    public static FilterNode Read(IDictionary<string, object?> filter, FilterFields fields, string path)
    {
        var parts = new List<FilterNode>();
        foreach (var (name, value) in filter)
        {
            var fieldPath = $"{path}.{name}";
            if (value is null)
            {
                throw new InvalidArgumentError(ErrorCodes.InvalidFilter, fieldPath, $"'{name}' cannot be null; leave it out instead.");
            }

            parts.Add(name switch
            {
                FilterOperators.And or FilterOperators.Or => new FilterGroup(name == FilterOperators.Or,
                    FilterField.NonEmptyList<IDictionary<string, object?>>(value, path, name)
                        .Select((part, i) => Read(part, fields, $"{fieldPath}[{i}]")).ToArray(), fieldPath),
                _ when fields.TryGetValue(name, out var field) => new FieldFilter(field,
                    ((IDictionary<string, object?>)value).Select(op => field.Read(op.Key, op.Value, fieldPath)).ToArray(), fieldPath),
                _ => throw new InvalidArgumentError(ErrorCodes.InvalidFilter, fieldPath, $"{fields.Subject} cannot be filtered on '{name}'."),
            });
        }

        return new FilterGroup(false, parts, path);
    }

    /// <summary>The SQL condition of a tree whose fields all live in SQL; parameters are added to <paramref name="parameters"/>.</summary>
    public static string Sql(FilterNode node, SqlParameters parameters) => node switch
    {
        FilterGroup { Parts.Count: 0 } => "TRUE",
        FilterGroup group => "(" + string.Join(group.AnyPart ? " OR " : " AND ", group.Parts.Select(part => Sql(part, parameters))) + ")",
        FieldFilter condition => condition.Field.Sql(condition, parameters),
        _ => throw new InvalidOperationException($"Unknown filter node {node.GetType().Name}."),
    };

    /// <summary>Keeps the rows of <paramref name="query"/> a tree of <see cref="PropertyField{TEntity, T}"/> conditions holds for.</summary>
    public static IQueryable<TEntity> Apply<TEntity>(IQueryable<TEntity> query, FilterNode? node)
    {
        if (node is null)
        {
            return query;
        }

        var entity = Expression.Parameter(typeof(TEntity), "row");
        return query.Where(Expression.Lambda<Func<TEntity, bool>>(Predicate(node), entity));

        Expression Predicate(FilterNode part) => part switch
        {
            FilterGroup group => group.Parts.Select(Predicate).DefaultIfEmpty(Expression.Constant(true))
                .Aggregate((left, right) => group.AnyPart ? Expression.OrElse(left, right) : Expression.AndAlso(left, right)),
            FieldFilter { Field: IPredicateField<TEntity> field } condition => field.Predicate(condition, entity),
            _ => throw new InvalidOperationException($"Unknown filter node {part.GetType().Name}."),
        };
    }
}
