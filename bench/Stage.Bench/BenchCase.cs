using Stage.Api.Offers.Search;

namespace Stage.Bench;

/// <summary>Where a case's response holds the offers it returned.</summary>
public enum ResultShape
{
    /// <summary><c>data.offers.nodes</c>, in the order of the page.</summary>
    OrderedPage,

    /// <summary><c>data.offers.nodes</c>; equidistant offers may come in another order than the SQL's.</summary>
    UnorderedPage,

    /// <summary><c>data.offer</c>.</summary>
    SingleOffer,

    /// <summary><c>data.places</c>: served from memory, without SQL, so the case has no floor.</summary>
    Places,
}

/// <summary>
/// One benchmark case on one database: for each parameter set, the HTTP body the API gets and the
/// statements the API runs for it (the floor). Request number i uses parameter set i modulo the count.
/// <paramref name="NearestNeighbour"/>: the API runs the page's statement (the first) on its nearest-neighbour sessions
/// (<see cref="NearestNeighbourDataSource"/>), so the floor does too.
/// </summary>
public sealed record BenchCase(
    string Key,
    string Title,
    string Database,
    long Offers,
    IReadOnlyList<byte[]> Bodies,
    IReadOnlyList<IReadOnlyList<OfferStatement>> Statements,
    ResultShape Shape,
    bool NearestNeighbour = false)
{
    public int Count => Bodies.Count;

    public bool HasFloor => Statements.Count > 0;

    public byte[] Body(long index) => Bodies[(int)(index % Bodies.Count)];

    public IReadOnlyList<OfferStatement> StatementsFor(long index) => Statements[(int)(index % Statements.Count)];
}
