using System.Linq.Expressions;

namespace Stage.Api.Kit.Parties;

/// <summary>The side a viewer stands on among the parties of a case; <see cref="Administration"/> stands above them all.</summary>
public enum PartySide
{
    Pupil,
    School,
    Employer,
    Operator,
    Administration,
}

/// <summary>A viewer as party rules see them: the side they stand on and their id on that side (a school's id for its staff).</summary>
public sealed record Party(PartySide Side, long Id);

/// <summary>
/// The parties of a case (an application, its agreement, their events): the pupil, the pupil's school, the host
/// employer and, when an operator published the offer, that operator.
/// </summary>
public sealed record PartyIds(long PupilId, long SchoolId, long EmployerId, long? OperatorId);

/// <summary>
/// Who may see a case: its parties and administrators, nobody else. The rule is written once, as expressions:
/// compiled for <see cref="CanSee"/> (mutations, event delivery), translated to SQL by <see cref="VisibleTo{T}"/> (queries).
/// </summary>
public static class PartyAccess
{
    private static readonly Func<PartyIds, long, bool>[] CompiledRules = [.. Enum.GetValues<PartySide>().Select(side => Rule(side).Compile())];

    private static Expression<Func<PartyIds, long, bool>> Rule(PartySide side) => side switch
    {
        PartySide.Pupil => (parties, id) => parties.PupilId == id,
        PartySide.School => (parties, id) => parties.SchoolId == id,
        PartySide.Employer => (parties, id) => parties.EmployerId == id,
        PartySide.Operator => (parties, id) => parties.OperatorId == id,
        PartySide.Administration => (_, _) => true,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown party side."),
    };

    /// <summary>Whether <paramref name="viewer"/> (null: no party at all) may see the case of <paramref name="parties"/>.</summary>
    public static bool CanSee(this Party? viewer, PartyIds parties) => viewer is not null && CompiledRules[(int)viewer.Side](parties, viewer.Id);

    /// <summary>
    /// The cases <paramref name="viewer"/> may see, for EF queries; <paramref name="partiesOf"/> must construct the
    /// parties, like <c>a =&gt; new PartyIds(a.PupilId, a.Pupil.SchoolId, a.Offer.EmployerId, a.Offer.OperatorId)</c>.
    /// </summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> cases, Party? viewer, Expression<Func<T, PartyIds>> partiesOf)
    {
        if (viewer is null)
        {
            return cases.Where(_ => false);
        }

        if (viewer.Side == PartySide.Administration)
        {
            return cases;
        }

        var rule = Rule(viewer.Side);
        Expression<Func<long>> viewerId = () => viewer.Id;
        var body = new PartyInliner(rule.Parameters[0], partiesOf, rule.Parameters[1], viewerId.Body).Visit(rule.Body);
        return cases.Where(Expression.Lambda<Func<T, bool>>(body, partiesOf.Parameters));
    }

    /// <summary>
    /// Rewrites a rule over <see cref="PartyIds"/> into one over the case: each <c>parties.X</c> becomes the expression
    /// the case's constructor call passes as X, and the viewer's id a captured value (an SQL parameter).
    /// </summary>
    private sealed class PartyInliner : ExpressionVisitor
    {
        private readonly ParameterExpression _parties;
        private readonly ParameterExpression _id;
        private readonly Expression _viewerId;
        private readonly Dictionary<string, Expression> _arguments;

        public PartyInliner(ParameterExpression parties, LambdaExpression partiesOf, ParameterExpression id, Expression viewerId)
        {
            if (partiesOf.Body is not NewExpression { Constructor: { } constructor } construction)
            {
                throw new ArgumentException("The parties must be built with new PartyIds(...).", nameof(partiesOf));
            }

            _parties = parties;
            _id = id;
            _viewerId = viewerId;
            _arguments = constructor.GetParameters().Zip(construction.Arguments)
                .ToDictionary(pair => pair.First.Name ?? "", pair => pair.Second, StringComparer.Ordinal);
        }

        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression == _parties && _arguments.TryGetValue(node.Member.Name, out var argument) ? argument : base.VisitMember(node);

        protected override Expression VisitParameter(ParameterExpression node) =>
            node == _id ? _viewerId : node == _parties ? throw new InvalidOperationException("A party rule may use the parties' ids only.") : node;
    }
}
