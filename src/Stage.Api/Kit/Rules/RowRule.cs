using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Stage.Api.Data.Sql;

namespace Stage.Api.Kit.Rules;

/// <summary>
/// A rule deciding whether a caller may see a row, written once as an expression over the row and the caller, and used
/// three ways: compiled to test a row in memory (<see cref="Allows"/>), as an EF query filter (<see cref="Filter"/>) and
/// as a condition of hand-written SQL (<see cref="Sql"/>). Before the last two, every part of the rule that reads only
/// the caller is evaluated: the true and false ones fold away (an anonymous caller's tests of its missing ids vanish)
/// and the values become parameters, so a statement holds only the tests that can still pass.
/// </summary>
/// <remarks>
/// The SQL form understands <c>||</c>, <c>&amp;&amp;</c>, <c>!</c>, <c>==</c> and <c>!=</c> between a row's column and
/// a caller's value, <c>row.Array.Length</c> and <c>Enumerable.Contains(row.Array, value)</c>; a row's property is the
/// snake-case column of the same name (the database context's naming convention). Anything else fails on first use.
/// </remarks>
public sealed class RowRule<TRow, TCaller>
{
    private readonly ParameterExpression _row;
    private readonly Expression _body;
    private readonly Func<TRow, TCaller, bool> _compiled;

    /// <summary>The largest parts of the rule that read the caller and not the row, each compiled once.</summary>
    private readonly Dictionary<Expression, Func<TCaller, object?>> _callerParts = [];

    public RowRule(Expression<Func<TRow, TCaller, bool>> rule)
    {
        (_row, _body, _compiled) = (rule.Parameters[0], rule.Body, rule.Compile());
        var caller = rule.Parameters[1];
        var parts = new List<Expression>();
        new CallerPartFinder(_row, caller, parts).Visit(_body);
        foreach (var part in parts)
        {
            _callerParts[part] = Expression.Lambda<Func<TCaller, object?>>(Expression.Convert(part, typeof(object)), caller).Compile();
        }
    }

    /// <summary>Whether <paramref name="caller"/> may see <paramref name="row"/>.</summary>
    public bool Allows(TCaller caller, TRow row) => _compiled(row, caller);

    /// <summary>The rows <paramref name="caller"/> may see, for an EF query (the caller's values become SQL parameters).</summary>
    public IQueryable<TRow> Filter(IQueryable<TRow> rows, TCaller caller)
    {
        var body = Specialize(caller);
        return body is ConstantExpression { Value: true } ? rows : rows.Where(Expression.Lambda<Func<TRow, bool>>(body, _row));
    }

    /// <summary>
    /// The rule as an SQL condition on the row aliased <paramref name="alias"/>, its values added to
    /// <paramref name="parameters"/>; null when the caller may see every row.
    /// </summary>
    public string? Sql(TCaller caller, string alias, SqlParameters parameters)
    {
        var body = Specialize(caller);
        return body is ConstantExpression { Value: true } ? null : new SqlWriter(alias, parameters).Condition(body);
    }

    private Expression Specialize(TCaller caller) => new Specializer(_callerParts, caller).Visit(_body)!;

    private static bool Mentions(Expression node, ParameterExpression parameter)
    {
        var finder = new ParameterFinder(parameter);
        finder.Visit(node);
        return finder.Found;
    }

    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == parameter;
            return node;
        }
    }

    private sealed class CallerPartFinder(ParameterExpression row, ParameterExpression caller, List<Expression> parts) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node)
        {
            if (node is null || Mentions(node, row))
            {
                return base.Visit(node);
            }

            if (Mentions(node, caller))
            {
                parts.Add(node);
            }

            return node;
        }
    }

    /// <summary>Replaces each caller part by its value (booleans as constants, folded; others boxed, which EF makes parameters).</summary>
    private sealed class Specializer(Dictionary<Expression, Func<TCaller, object?>> parts, TCaller caller) : ExpressionVisitor
    {
        private static readonly ConstantExpression True = Expression.Constant(true);
        private static readonly ConstantExpression False = Expression.Constant(false);

        public override Expression? Visit(Expression? node)
        {
            if (node is null || !parts.TryGetValue(node, out var evaluate))
            {
                return base.Visit(node);
            }

            var value = evaluate(caller);
            if (node.Type == typeof(bool))
            {
                return (bool)value! ? True : False;
            }

            var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(node.Type), value)!;
            return Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            // Short-circuits like C#: the right side may read a value the left side checks (caller.Id != null && ...Id.Value).
            var left = Visit(node.Left)!;
            if ((node.NodeType == ExpressionType.OrElse && IsConstant(left, true)) || (node.NodeType == ExpressionType.AndAlso && IsConstant(left, false)))
            {
                return left;
            }

            var right = Visit(node.Right)!;
            return node.NodeType switch
            {
                ExpressionType.OrElse when IsConstant(right, true) => True,
                ExpressionType.OrElse when IsConstant(left, false) => right,
                ExpressionType.OrElse when IsConstant(right, false) => left,
                ExpressionType.AndAlso when IsConstant(right, false) => False,
                ExpressionType.AndAlso when IsConstant(left, true) => right,
                ExpressionType.AndAlso when IsConstant(right, true) => left,
                _ => node.Update(left, node.Conversion, right),
            };
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            var operand = Visit(node.Operand)!;
            return node.NodeType == ExpressionType.Not && operand is ConstantExpression { Value: bool value } ? (value ? False : True) : node.Update(operand);
        }

        private static bool IsConstant(Expression node, bool value) => node is ConstantExpression { Value: bool constant } && constant == value;
    }

    private sealed class SqlWriter(string alias, SqlParameters parameters)
    {
        public string Condition(Expression node) => node switch
        {
            ConstantExpression { Value: bool value } => value ? "TRUE" : "FALSE",
            BinaryExpression { NodeType: ExpressionType.OrElse } either => $"({Condition(either.Left)} OR {Condition(either.Right)})",
            BinaryExpression { NodeType: ExpressionType.AndAlso } both => $"({Condition(both.Left)} AND {Condition(both.Right)})",
            UnaryExpression { NodeType: ExpressionType.Not } not => $"NOT {Condition(not.Operand)}",
            // An empty array is tested by equality, not cardinality(...) = 0: the planner then reads the column's
            // statistics (an empty array may be most rows' value) instead of guessing 0.5% and choosing another plan.
            BinaryExpression { NodeType: ExpressionType.Equal, Left: UnaryExpression { NodeType: ExpressionType.ArrayLength } length, Right: ConstantExpression { Value: 0 } } =>
                $"{Value(length.Operand)} = '{{}}'",
            BinaryExpression { NodeType: ExpressionType.Equal } equal => $"{Value(equal.Left)} = {Value(equal.Right)}",
            BinaryExpression { NodeType: ExpressionType.NotEqual } unequal => $"{Value(unequal.Left)} <> {Value(unequal.Right)}",
            MethodCallExpression { Method.Name: nameof(Enumerable.Contains), Arguments: [var array, var item] } call
                when call.Method.DeclaringType == typeof(Enumerable) => $"{Value(item)} = ANY({Value(array)})",
            _ => throw Unsupported(node),
        };

        private string Value(Expression node) => node switch
        {
            UnaryExpression { NodeType: ExpressionType.Convert } convert => Value(convert.Operand),
            UnaryExpression { NodeType: ExpressionType.ArrayLength } length => $"cardinality({Value(length.Operand)})",
            MemberExpression { Member: FieldInfo field, Expression: ConstantExpression box } => parameters.AddValue(field.GetValue(box.Value)),
            MemberExpression { Expression: ParameterExpression } column => alias + "." + SnakeCase(column.Member.Name),
            ConstantExpression { Value: int or long } constant => Convert.ToString(constant.Value, CultureInfo.InvariantCulture)!,
            _ => throw Unsupported(node),
        };

        private static NotSupportedException Unsupported(Expression node) => new($"A row rule cannot be written in SQL: {node}.");

        private static string SnakeCase(string name)
        {
            var text = new StringBuilder(name.Length + 4);
            for (var i = 0; i < name.Length; i++)
            {
                if (char.IsUpper(name[i]) && i > 0)
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(name[i]));
            }

            return text.ToString();
        }
    }
}
