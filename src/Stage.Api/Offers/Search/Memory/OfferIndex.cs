using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Search.Memory;

/// <summary>
/// The offers' search index in memory: per lexeme of the search vectors, the offers holding it (a posting list, in
/// slot order) with the lexeme's rank term (<see cref="TsRank.Term"/>); the offers' points on a grid (<see cref="OfferGrid"/>);
/// per offer, the few columns a search filters and counts on. A one-word search walks the posting lists of the lexemes
/// its prefixes cover, adds the terms in PostgreSQL's order, and keeps the counts and the best page as it goes; a radius
/// search walks the grid's cells nearest first and keeps the nearest offers. A changed offer takes a new slot (its old
/// slot is marked gone) unless only its counters and dates changed, so posting and grid lists only ever grow at their
/// end; <see cref="DeadShare"/> tells when a fresh load would be smaller. Readers share a lock that a writer takes alone.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "An index is replaced while searches may still read it; its lock's wait handles are released by their finalizers.")]
public sealed class OfferIndex
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, Postings> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Postings>.AlternateLookup<ReadOnlySpan<char>> _postingsBySpan;
    private readonly Dictionary<long, int> _slotOfOffer = [];
    private readonly Interned<int> _sectors = new();
    private readonly Interned<string> _departments = new();
    private readonly Interned<string> _regions = new();
    private readonly Interned<string> _gradeSets = new();
    private readonly List<Grade[]> _gradeSetGrades = [];
    private readonly ConcurrentBag<Scratch> _scratches = [];
    private readonly OfferGrid _grid = new();
    private readonly List<List<int>> _slotsBySector = [];
    private Postings[] _sorted = [];
    private readonly List<Postings> _unsorted = [];
    private Slot[] _offers = new Slot[1024];
    private Shown[] _shown = new Shown[1024];

    /// <summary>While loading: the texts read so far, so that a city, a postal code or an employer's name repeated is held once.</summary>
    private HashSet<string>? _texts = new(StringComparer.Ordinal);
    private int _slots;
    private int _dead;

    /// <summary>The interned id of no département or region (abroad).</summary>
    private const ushort None = ushort.MaxValue;

    public OfferIndex() => _postingsBySpan = _postings.GetAlternateLookup<ReadOnlySpan<char>>();

    private int _version;

    /// <summary>Counts the batches of changes applied: a search that saw it unchanged saw the same offers.</summary>
    public int Version => Volatile.Read(ref _version);

    /// <summary>Offers held.</summary>
    public int Count => _slotOfOffer.Count;

    /// <summary>The share of slots held by offers changed or deleted since the load.</summary>
    public double DeadShare => _slots == 0 ? 0 : (double)_dead / _slots;

    /// <summary>
    /// Brings changed offers up to date: <paramref name="rows"/> as they now are, <paramref name="removed"/> gone. Searches
    /// wait while this runs.
    /// </summary>
    public void Apply(IReadOnlyList<OfferIndexRow> rows, IReadOnlyList<long> removed)
    {
        _lock.EnterWriteLock();
        try
        {
            foreach (var row in rows)
            {
                Store(row);
            }

            foreach (var offerId in removed)
            {
                if (_slotOfOffer.Remove(offerId, out var slot))
                {
                    Bury(slot);
                }
            }

            if (_unsorted.Count > 0)
            {
                MergeNewLexemes();
            }

            Interlocked.Increment(ref _version);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Adds an offer while loading, before any search reads the index (no lock).</summary>
    public void Load(OfferIndexRow row) => Store(row);

    /// <summary>Ends a load: lists trimmed to their length, lexemes sorted.</summary>
    public void CompleteLoad()
    {
        foreach (var postings in _postings.Values)
        {
            postings.Trim();
        }

        SortLexemes();
        _texts = null;
    }

    /// <summary>
    /// The offers of <paramref name="hits"/> as a page shows them, with the columns <see cref="OfferColumns.HeldInMemory"/>
    /// names (the others unset); null when one of them is no longer held.
    /// </summary>
    public List<Offer>? Show(IReadOnlyList<OfferIndexHit> hits)
    {
        _lock.EnterReadLock();
        try
        {
            var offers = new List<Offer>(hits.Count);
            foreach (var hit in hits)
            {
                if (!_slotOfOffer.TryGetValue(hit.OfferId, out var slot))
                {
                    return null;
                }

                offers.Add(ShowSlot(slot));
            }

            return offers;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The offer <c>offer(id)</c> answers, with the columns <see cref="OfferColumns.HeldInMemory"/> names: null when there is
    /// none, when it is not public (<see cref="OfferVisibility.VisibleToPublic"/>: published or waiting for an update) or
    /// when <paramref name="caller"/> may not see it. The index holds every offer whatever its status, so an id it does not
    /// hold is an offer that does not exist.
    /// </summary>
    public Offer? Find(long offerId, OfferCaller caller)
    {
        _lock.EnterReadLock();
        try
        {
            return _slotOfOffer.TryGetValue(offerId, out var slot)
                   && _offers[slot].Status is OfferStatus.Published or OfferStatus.NeedToBeUpdated
                   && Visible(in _offers[slot], caller)
                ? ShowSlot(slot)
                : null;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary><see cref="OfferVisibility"/>'s rule on a slot.</summary>
    private static bool Visible(in Slot offer, OfferCaller caller) =>
        offer.ReservedSchoolIds is not { } schools
        || caller.IsAdministrator
        || (caller.SchoolId is { } school && schools.Contains(school))
        || (caller.EmployerId is { } employer && offer.EmployerId == employer)
        || (caller.OperatorId is { } @operator && offer.OperatorId == @operator);

    /// <summary>The offer held in <paramref name="slot"/>, as <see cref="Show"/> and <see cref="Find"/> give it (under the read lock).</summary>
    private Offer ShowSlot(int slot)
    {
        ref readonly var held = ref _offers[slot];
        ref readonly var shown = ref _shown[slot];
        return new Offer
        {
            Id = held.OfferId,
            Title = shown.Title,
            Description = "",
            Street = "",
            City = shown.City,
            PostalCode = shown.PostalCode,
            EmployerId = held.EmployerId,
            Employer = new Employer { Id = held.EmployerId, Name = shown.EmployerName },
            SectorId = _sectors[held.Sector],
            Grades = _gradeSetGrades[held.Grades],
            FirstDate = DateOnly.FromDayNumber(held.FirstDay),
            LastDate = DateOnly.FromDayNumber(held.LastDay),
            RemainingSeats = held.Seats,
            Status = held.Status,
            DepartmentCode = held.Department == None ? null : _departments[held.Department],
            RegionCode = held.Region == None ? null : _regions[held.Region],
            Latitude = held.Latitude,
            Longitude = held.Longitude,
            Location = new Point(held.Longitude, held.Latitude) { SRID = 4326 },
        };
    }

    /// <summary>
    /// The offers matching <paramref name="query"/> that <paramref name="scope"/> lets its caller find (published, visible
    /// to them, seats left, and the scope's filter, period, territory and grade): how many, their facet counts when asked
    /// for, and the first <paramref name="take"/> by rank then id, after <paramref name="after"/> when given (a cursor's
    /// offer and rank).
    /// </summary>
    public OfferIndexMatches Search(OfferTextQuery query, OfferIndexScope scope, int take, OfferIndexHit? after, bool facets)
    {
        _lock.EnterReadLock();
        try
        {
            return Walk(query, new Filter(this, scope), new BestOffers(take, after, descending: true), facets);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The first <paramref name="take"/> offers within <paramref name="near"/>'s radius that <paramref name="scope"/> lets
    /// its caller find, by distance (metres, as PostGIS measures it) then id, after <paramref name="after"/> when given.
    /// </summary>
    public IReadOnlyList<OfferIndexHit> Nearest(GeoCircle near, OfferIndexScope scope, int take, OfferIndexHit? after)
    {
        _lock.EnterReadLock();
        try
        {
            var filter = new Filter(this, scope);
            var nearest = new NearestOffers(this, filter, near, new BestOffers(take, after, descending: false));
            _grid.Walk(near, filter.Sectors, nearest);
            return nearest.Best.InOrder();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The first <paramref name="take"/> offers that <paramref name="scope"/> lets its caller find, by first day (ascending,
    /// or descending) then id, after <paramref name="after"/> when given; null when the sectors the filter allows hold more
    /// than <paramref name="maxSlots"/> slots (reading them all would cost more than PostgreSQL's index).
    /// </summary>
    public IReadOnlyList<OfferIndexHit>? ByStartDate(OfferIndexScope scope, bool descending, int take, OfferIndexHit? after, int maxSlots)
    {
        _lock.EnterReadLock();
        try
        {
            var filter = new Filter(this, scope);
            var sectors = SectorsOf(filter);
            if (sectors.Sum(s => _slotsBySector[s].Count) > maxSlots)
            {
                return null;
            }

            var best = new BestOffers(take, after, descending);
            foreach (var sector in sectors)
            {
                foreach (var slot in _slotsBySector[sector])
                {
                    if (filter.Holds(slot))
                    {
                        ref readonly var offer = ref _offers[slot];
                        best.Offer(offer.OfferId, offer.FirstDay);
                    }
                }
            }

            return best.InOrder();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// How many offers <paramref name="scope"/> lets its caller find, within <paramref name="near"/>'s radius when given
    /// (at a distance PostGIS would measure within it), and their facet counts when asked for; no page.
    /// </summary>
    public OfferIndexMatches CountMatches(OfferIndexScope scope, GeoCircle? near, bool facets)
    {
        _lock.EnterReadLock();
        try
        {
            var filter = new Filter(this, scope);
            var counted = new CountedOffers(this, filter, near, facets ? new FacetCounters(_sectors.Count, _departments.Count, _gradeSets.Count) : null);
            if (near is { } circle)
            {
                _grid.Walk(circle, filter.Sectors, counted);
            }
            else
            {
                foreach (var sector in SectorsOf(filter))
                {
                    foreach (var slot in _slotsBySector[sector])
                    {
                        counted.VisitWithin(slot);
                    }
                }
            }

            return new OfferIndexMatches(counted.Total, counted.Facets?.ToFacets(counted.Total, _sectors, _departments, _gradeSets), []);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The interned ids of the sectors <paramref name="filter"/> allows that hold slots.</summary>
    private List<int> SectorsOf(Filter filter) =>
        [.. Enumerable.Range(0, _slotsBySector.Count).Where(s => filter.Sectors is null || (s < filter.Sectors.Length && filter.Sectors[s]))];

    private OfferIndexMatches Walk(OfferTextQuery query, Filter filter, BestOffers best, bool facets)
    {
        var scratch = _scratches.TryTake(out var reused) ? reused : new Scratch();
        scratch.EnsureSize(_slots);
        try
        {
            // The match: offers holding a lexeme that starts with the written word.
            var (matchFrom, matchTo) = Range(query.Match);
            for (var l = matchFrom; l < matchTo; l++)
            {
                var postings = _sorted[l];
                for (var p = 0; p < postings.Count; p++)
                {
                    var slot = postings.Slots[p];
                    if (!scratch.Matched[slot])
                    {
                        scratch.Matched[slot] = true;
                        scratch.Touched.Add(slot);
                    }
                }
            }

            // The rank: every item, in order, over the lexemes it covers, in order: PostgreSQL's order of additions.
            foreach (var item in query.RankItems)
            {
                var (from, to) = Range(item);
                for (var l = from; l < to; l++)
                {
                    var postings = _sorted[l];
                    for (var p = 0; p < postings.Count; p++)
                    {
                        var slot = postings.Slots[p];
                        if (scratch.Matched[slot])
                        {
                            scratch.Rank[slot] = TsRank.Add(scratch.Rank[slot], postings.Terms[p]);
                        }
                    }
                }
            }

            var counts = facets ? new FacetCounters(_sectors.Count, _departments.Count, _gradeSets.Count) : null;
            long total = 0;
            foreach (var slot in scratch.Touched)
            {
                if (filter.Holds(slot))
                {
                    total++;
                    ref readonly var offer = ref _offers[slot];
                    counts?.Add(offer.Sector, offer.Department, offer.Grades);
                    best.Offer(offer.OfferId, TsRank.Final(scratch.Rank[slot], query.RankItems.Count));
                }
            }

            return new OfferIndexMatches(total, counts?.ToFacets(total, _sectors, _departments, _gradeSets), best.InOrder());
        }
        finally
        {
            scratch.Clear();
            _scratches.Add(scratch);
        }
    }

    /// <summary>The sorted lexemes that start with <paramref name="prefix"/>, as a range of <see cref="_sorted"/>.</summary>
    private (int From, int To) Range(byte[] prefix)
    {
        int low = 0, high = _sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (TsRank.Compare(_sorted[middle].Key, prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var end = low;
        while (end < _sorted.Length && _sorted[end].Key.AsSpan().StartsWith(prefix))
        {
            end++;
        }

        return (low, end);
    }

    private void Store(OfferIndexRow row)
    {
        var hash = Fnv1a(row.SearchVector);
        var held = _slotOfOffer.TryGetValue(row.OfferId, out var existing);
        if (held && _offers[existing].VectorHash == hash && _offers[existing].Sector == _sectors.Id(row.SectorId)
            && _offers[existing].Latitude.Equals(row.Latitude) && _offers[existing].Longitude.Equals(row.Longitude))
        {
            // Same words, sector and place: only the columns change (a seat taken), in place.
            SetColumns(existing, row);
            return;
        }

        var slot = _slots++;
        EnsureCapacity(_slots);
        _offers[slot].VectorHash = hash;
        SetColumns(slot, row);
        if (held)
        {
            Bury(existing);
        }

        _slotOfOffer[row.OfferId] = slot;
        _grid.Add(slot, _offers[slot].Sector, row.Latitude, row.Longitude);
        while (_slotsBySector.Count <= _offers[slot].Sector)
        {
            _slotsBySector.Add([]);
        }

        _slotsBySector[_offers[slot].Sector].Add(slot);
        TsVectorText.Read(row.SearchVector, (lexeme, term) =>
        {
            if (!_postingsBySpan.TryGetValue(lexeme, out var postings))
            {
                var key = lexeme.ToString();
                postings = new Postings(Encoding.UTF8.GetBytes(key));
                _postings[key] = postings;
                _unsorted.Add(postings);
            }

            postings.Add(slot, term);
        });
    }

    private void SetColumns(int slot, OfferIndexRow row)
    {
        ref var offer = ref _offers[slot];
        offer.OfferId = row.OfferId;
        offer.Status = row.Status;
        offer.ReservedSchoolIds = row.ReservedSchoolIds.Length == 0 ? null : row.ReservedSchoolIds;
        offer.EmployerId = row.EmployerId;
        offer.OperatorId = row.OperatorId ?? 0;
        offer.FirstDay = row.FirstDate.DayNumber;
        offer.LastDay = row.LastDate.DayNumber;
        offer.Latitude = row.Latitude;
        offer.Longitude = row.Longitude;
        offer.Seats = row.RemainingSeats;
        offer.Sector = (ushort)_sectors.Id(row.SectorId);
        offer.Department = row.DepartmentCode is null ? None : (ushort)_departments.Id(row.DepartmentCode);
        offer.Region = row.RegionCode is null ? None : (ushort)_regions.Id(row.RegionCode);
        offer.Grades = (ushort)_gradeSets.Id(row.Grades);
        _shown[slot] = new Shown(Held(row.Title), Held(row.City), Held(row.EmployerName), row.PostalCode is null ? null : Held(row.PostalCode));
        if (_gradeSetGrades.Count < _gradeSets.Count)
        {
            _gradeSetGrades.Add([.. row.Grades.Trim('{', '}').Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(grade => Enum.Parse<Grade>(grade, ignoreCase: true))]);
        }
    }

    private string Held(string text)
    {
        if (_texts is null)
        {
            return text;
        }

        if (_texts.TryGetValue(text, out var same))
        {
            return same;
        }

        _texts.Add(text);
        return text;
    }

    private void Bury(int slot)
    {
        _offers[slot].Status = OfferStatus.Removed;
        _dead++;
    }

    private void SortLexemes()
    {
        var sorted = _postings.Values.ToArray();
        Array.Sort(sorted, ByKey);
        _sorted = sorted;
        _unsorted.Clear();
    }

    /// <summary>
    /// Merges the lexemes that changed offers brought into the sorted ones: linear in the lexemes held, where sorting them
    /// all again would keep searches waiting for much longer.
    /// </summary>
    private void MergeNewLexemes()
    {
        _unsorted.Sort(ByKey);
        var merged = new Postings[_sorted.Length + _unsorted.Count];
        int i = 0, j = 0, k = 0;
        while (i < _sorted.Length || j < _unsorted.Count)
        {
            merged[k++] = j == _unsorted.Count || (i < _sorted.Length && ByKey(_sorted[i], _unsorted[j]) < 0) ? _sorted[i++] : _unsorted[j++];
        }

        _sorted = merged;
        _unsorted.Clear();
    }

    private static int ByKey(Postings a, Postings b) => TsRank.Compare(a.Key, b.Key);

    private void EnsureCapacity(int slots)
    {
        if (slots > _offers.Length)
        {
            Array.Resize(ref _offers, Math.Max(slots, _offers.Length * 2));
            Array.Resize(ref _shown, _offers.Length);
        }
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>
    /// What a search reads of an offer, side by side so that checking a match touches one place in memory. Sector,
    /// département, region and set of grades are interned ids (<see cref="None"/>: no département or region, abroad).
    /// </summary>
    private struct Slot
    {
        public long OfferId;
        public double Latitude;
        public double Longitude;
        public long[]? ReservedSchoolIds;
        public long EmployerId;
        public long OperatorId;
        public ulong VectorHash;
        public int FirstDay;
        public int LastDay;
        public int Seats;
        public ushort Sector;
        public ushort Department;
        public ushort Region;
        public ushort Grades;
        public OfferStatus Status;
    }

    /// <summary>What a page shows of an offer that <see cref="Slot"/> does not hold; apart, so that walks read less memory.</summary>
    private readonly record struct Shown(string Title, string City, string EmployerName, string? PostalCode);

    /// <summary>The offers holding one lexeme, by slot, each with the lexeme's rank term in that offer.</summary>
    private sealed class Postings(byte[] key)
    {
        public byte[] Key { get; } = key;

        public int[] Slots { get; private set; } = new int[2];

        public float[] Terms { get; private set; } = new float[2];

        public int Count { get; private set; }

        public void Add(int slot, float term)
        {
            if (Count == Slots.Length)
            {
                Slots = Grow(Slots);
                Terms = Grow(Terms);
            }

            Slots[Count] = slot;
            Terms[Count] = term;
            Count++;
        }

        public void Trim()
        {
            if (Count < Slots.Length)
            {
                Slots = Slots[..Count];
                Terms = Terms[..Count];
            }
        }

        private static T[] Grow<T>(T[] array)
        {
            var grown = new T[array.Length * 2];
            array.CopyTo(grown, 0);
            return grown;
        }
    }

    /// <summary>A search's working arrays, one entry per slot, reused by later searches once cleared.</summary>
    private sealed class Scratch
    {
        public bool[] Matched { get; private set; } = [];

        public float[] Rank { get; private set; } = [];

        public List<int> Touched { get; } = [];

        public void EnsureSize(int slots)
        {
            if (Matched.Length < slots)
            {
                Matched = new bool[slots + (slots / 8)];
                Rank = new float[Matched.Length];
            }
        }

        public void Clear()
        {
            foreach (var slot in Touched)
            {
                Matched[slot] = false;
                Rank[slot] = 0f;
            }

            Touched.Clear();
        }
    }

    /// <summary>
    /// What a search lets through, with the scope's values turned into interned ids once: published, visible to the caller
    /// (<see cref="OfferVisibility"/>'s rule: an administrator, an offer open to all, or one reserved to the caller's school,
    /// or the caller's employer's or operator's own), seats left, a week to come, the API key's territory (the offer's region
    /// or département is one of the key's, as the SQL says; an offer abroad has neither), the pupil's grade, and the
    /// client's filter (<see cref="OfferIndexWhere"/>).
    /// </summary>
    private sealed class Filter
    {
        private readonly OfferIndex _index;
        private readonly OfferCaller _caller;
        private readonly int _endsAfterDay;
        private readonly bool[]? _territoryRegions;
        private readonly bool[]? _territoryDepartments;
        private readonly bool[]? _gradeSets;
        private readonly bool[]? _regions;
        private readonly bool[]? _departments;
        private readonly (int From, int To, bool Within)[] _periods;

        public Filter(OfferIndex index, OfferIndexScope scope)
        {
            _index = index;
            _caller = scope.Caller;
            _endsAfterDay = scope.EndsAfter?.DayNumber ?? int.MinValue;
            if (scope.Territory is { } territory)
            {
                _territoryRegions = Allowed(index._regions, territory.RegionCodes);
                _territoryDepartments = Allowed(index._departments, territory.DepartmentCodes);
            }

            var where = scope.Where;
            var grades = scope.Grade is { } grade ? where.Grades.Append([grade]) : where.Grades;
            foreach (var openTo in grades)
            {
                _gradeSets = And(_gradeSets, [.. index._gradeSetGrades.Select(set => set.Any(openTo.Contains))]);
            }

            foreach (var sectorIds in where.Sectors)
            {
                Sectors = And(Sectors, Allowed(index._sectors, sectorIds));
            }

            foreach (var codes in where.Departments)
            {
                _departments = And(_departments, Allowed(index._departments, codes));
            }

            foreach (var codes in where.Regions)
            {
                _regions = And(_regions, Allowed(index._regions, codes));
            }

            _periods = [.. where.Periods.Select(p => (p.From.DayNumber, p.To.DayNumber, p.Within))];
        }

        /// <summary>The sectors the client's filter allows, by interned id; null for all.</summary>
        public bool[]? Sectors { get; }

        public bool Holds(int slot)
        {
            ref readonly var offer = ref _index._offers[slot];
            return offer.Status == OfferStatus.Published && offer.Seats > 0 && offer.LastDay > _endsAfterDay
                && Visible(in offer, _caller)
                && (_territoryRegions is null || InTerritory(in offer))
                && (_gradeSets is null || _gradeSets[offer.Grades])
                && (Sectors is null || Sectors[offer.Sector])
                && (_departments is null || (offer.Department != None && _departments[offer.Department]))
                && (_regions is null || (offer.Region != None && _regions[offer.Region]))
                && (_periods.Length == 0 || InPeriods(in offer));
        }

        private bool InTerritory(in Slot offer) =>
            (offer.Region != None && _territoryRegions![offer.Region])
            || (offer.Department != None && _territoryDepartments![offer.Department]);

        private bool InPeriods(in Slot offer)
        {
            foreach (var (from, to, within) in _periods)
            {
                if (within ? offer.FirstDay < from || offer.LastDay > to : offer.FirstDay > to || offer.LastDay < from)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool[] Allowed<T>(Interned<T> interned, IEnumerable<T> values)
            where T : notnull
        {
            var allowed = new bool[interned.Count];
            foreach (var value in values)
            {
                if (interned.Find(value) is { } id)
                {
                    allowed[id] = true;
                }
            }

            return allowed;
        }

        private static bool[] And(bool[]? allowed, bool[] more)
        {
            if (allowed is not null)
            {
                for (var i = 0; i < more.Length; i++)
                {
                    more[i] &= allowed[i];
                }
            }

            return more;
        }
    }

    /// <summary>A radius search over the grid: each point the grid shows it is filtered, measured and kept if among the nearest.</summary>
    private sealed class NearestOffers(OfferIndex index, Filter filter, GeoCircle near, BestOffers best) : IGridVisitor
    {
        private readonly double _radius = near.RadiusKm * 1000;

        public BestOffers Best => best;

        public double Limit => best.Full ? Math.Min(_radius, best.Last) : _radius;

        public bool CountsOnly => false;

        public void VisitWithin(int slot) => throw new InvalidOperationException("A page needs each offer's distance.");

        public void Visit(int slot, double latitude, double longitude)
        {
            if (!filter.Holds(slot))
            {
                return;
            }

            var distance = OfferGrid.Distance(latitude, longitude, near.Latitude, near.Longitude);
            if (distance <= _radius)
            {
                best.Offer(index._offers[slot].OfferId, distance);
            }
        }
    }

    /// <summary>Counts the offers the filter lets through (within the radius, when there is one) and their facets.</summary>
    private sealed class CountedOffers(OfferIndex index, Filter filter, GeoCircle? near, FacetCounters? facets) : IGridVisitor
    {
        private readonly double _radius = near is { } circle ? circle.RadiusKm * 1000 : double.PositiveInfinity;

        public long Total { get; private set; }

        public FacetCounters? Facets => facets;

        public double Limit => _radius;

        public bool CountsOnly => true;

        public void Visit(int slot, double latitude, double longitude)
        {
            if (filter.Holds(slot) && OfferGrid.Distance(latitude, longitude, near!.Latitude, near.Longitude) <= _radius)
            {
                Count(slot);
            }
        }

        /// <summary>A slot whose point lies within the radius, or the search has none.</summary>
        public void VisitWithin(int slot)
        {
            if (filter.Holds(slot))
            {
                Count(slot);
            }
        }

        private void Count(int slot)
        {
            Total++;
            ref readonly var offer = ref index._offers[slot];
            facets?.Add(offer.Sector, offer.Department, offer.Grades);
        }
    }

    /// <summary>Counts per sector, département and set of grades, by their interned ids.</summary>
    private sealed class FacetCounters(int sectors, int departments, int gradeSets)
    {
        private readonly long[] _sectors = new long[sectors];
        private readonly long[] _departments = new long[departments];
        private readonly long[] _gradeSets = new long[gradeSets];

        public void Add(ushort sector, ushort department, ushort grades)
        {
            _sectors[sector]++;
            if (department != None)
            {
                _departments[department]++;
            }

            _gradeSets[grades]++;
        }

        /// <summary>The counts as the SQL path's facet rows give them, so that both end in the same <see cref="OfferFacets"/>.</summary>
        public OfferFacets ToFacets(long total, Interned<int> sectors, Interned<string> departments, Interned<string> gradeSets)
        {
            var rows = new OfferFacetRows();
            for (var i = 0; i < _sectors.Length; i++)
            {
                if (_sectors[i] > 0)
                {
                    rows.Add(0, sectors[i].ToString(CultureInfo.InvariantCulture), _sectors[i]);
                }
            }

            for (var i = 0; i < _departments.Length; i++)
            {
                if (_departments[i] > 0)
                {
                    rows.Add(1, departments[i], _departments[i]);
                }
            }

            for (var i = 0; i < _gradeSets.Length; i++)
            {
                if (_gradeSets[i] > 0)
                {
                    rows.Add(2, gradeSets[i], _gradeSets[i]);
                }
            }

            rows.Add(3, null, total);
            return rows.ToFacets();
        }
    }

    /// <summary>
    /// The first offers by key (a rank, descending; a distance, ascending) then id (ascending) after a cursor's, kept as
    /// candidates arrive.
    /// </summary>
    private sealed class BestOffers(int take, OfferIndexHit? after, bool descending)
    {
        private readonly List<OfferIndexHit> _best = new(take + 1);

        /// <summary>True when the page is full: a candidate must come before <see cref="Last"/> to enter it.</summary>
        public bool Full => _best.Count == take;

        /// <summary>The key of the page's last offer.</summary>
        public double Last => _best[^1].Key;

        public void Offer(long offerId, double key)
        {
            var hit = new OfferIndexHit(offerId, key);
            if (take == 0 || (after is { } cursor && !Before(cursor, hit)))
            {
                return;
            }

            if (_best.Count == take && !Before(hit, _best[^1]))
            {
                return;
            }

            var at = _best.Count;
            while (at > 0 && Before(hit, _best[at - 1]))
            {
                at--;
            }

            _best.Insert(at, hit);
            if (_best.Count > take)
            {
                _best.RemoveAt(_best.Count - 1);
            }
        }

        public List<OfferIndexHit> InOrder() => _best;

        private bool Before(OfferIndexHit a, OfferIndexHit b) =>
            a.Key == b.Key ? a.OfferId < b.OfferId : descending ? a.Key > b.Key : a.Key < b.Key;
    }
}

/// <summary>Values interned to small ids (sectors, départements, sets of grades), in order of first sight.</summary>
public sealed class Interned<T>
    where T : notnull
{
    private readonly Dictionary<T, int> _ids = [];
    private readonly List<T> _values = [];

    public int Count => _values.Count;

    public T this[int id] => _values[id];

    /// <summary>The id of a value already interned, or null.</summary>
    public int? Find(T value) => _ids.TryGetValue(value, out var id) ? id : null;

    public int Id(T value)
    {
        if (!_ids.TryGetValue(value, out var id))
        {
            id = _values.Count;
            _ids[value] = id;
            _values.Add(value);
        }

        return id;
    }
}

/// <summary>
/// What the index holds of an offer, from its row of <c>offer_search</c> and its point in <c>offers</c>: its status,
/// the schools it is reserved to, its employer and operator (the visibility rule), its first and last days, its
/// seats left, sector, département and region, its grades as PostgreSQL writes the array (<c>{quatrieme,troisieme}</c>),
/// its search vector's text, its latitude and longitude, and what a page shows of it besides: title, city, postal code, employer's name.
/// </summary>
public sealed record OfferIndexRow(
    long OfferId, OfferStatus Status, long[] ReservedSchoolIds, long EmployerId, long? OperatorId, DateOnly FirstDate, DateOnly LastDate,
    int RemainingSeats, int SectorId, string? DepartmentCode, string? RegionCode, string Grades, string SearchVector, double Latitude, double Longitude,
    string Title, string City, string EmployerName, string? PostalCode);

/// <summary>
/// Whose search and within what: the caller (visibility), a week to come, an API key's territory, a pupil's grade, the
/// client's filter.
/// </summary>
public sealed record OfferIndexScope(OfferCaller Caller, DateOnly? EndsAfter, OfferTerritory? Territory, Grade? Grade, OfferIndexWhere Where);

/// <summary>
/// A one-word search as the index runs it: the written word's prefix (what must match) and the prefixes the rank sums
/// over (the French stem's and the written word's, sorted and deduplicated as PostgreSQL does).
/// </summary>
public sealed record OfferTextQuery(byte[] Match, IReadOnlyList<byte[]> RankItems)
{
    /// <summary>The query from the two tsqueries' texts; null when either is not a single prefix item the index can run.</summary>
    public static OfferTextQuery? From(string french, string simple)
    {
        if (TsRank.SinglePrefixItem(simple) is not { } written)
        {
            return null;
        }

        if (french.Length == 0)
        {
            // A French stop word ("ma") has no stem: the written word alone ranks.
            return new OfferTextQuery(written, [written]);
        }

        if (TsRank.SinglePrefixItem(french) is not { } stem)
        {
            return null;
        }

        var order = TsRank.Compare(stem, written);
        return new OfferTextQuery(written, order == 0 ? [written] : order < 0 ? [stem, written] : [written, stem]);
    }
}

/// <summary>An offer in the index's page, with its key: its rank (a float4's value), its distance in metres or its first day number.</summary>
public readonly record struct OfferIndexHit(long OfferId, double Key);

/// <summary>
/// A search's answer from the index (full text, or a count without words): the total, the facets when asked for, the
/// first offers in order (none for a count), and their rows when the index holds every column asked for (null: read by id).
/// </summary>
public sealed record OfferIndexMatches(long Total, OfferFacets? Facets, IReadOnlyList<OfferIndexHit> Page, List<Offer>? Rows = null);
