namespace Stage.Api.Offers.Search.Memory;

/// <summary>
/// The offers' points on a grid of <see cref="CellDegrees"/>° cells, one list per sector in each cell (slots in the order
/// they were stored; a slot whose offer changed stays listed and is skipped by the search's filter). A radius search
/// visits the cells ring by ring around its centre's cell and stops at the first ring whose every cell lies beyond the
/// distance still of interest (the radius, or the page's last offer once the page is full): a lower bound of the distance
/// from the centre to any point of a cell (<see cref="CellBounds.LowerBound"/>) decides, so no offer that belongs to the page is
/// skipped, and an unselective search in a dense city reads a few cells only.
/// </summary>
public sealed class OfferGrid
{
    /// <summary>About 5.6 km of latitude, 3.8 km of longitude in mainland France.</summary>
    public const double CellDegrees = 0.05;

    /// <summary>
    /// The sphere PostGIS measures geography distances on (<c>geography_distance_knn</c>, the <c>&lt;-&gt;</c> operator):
    /// WGS84's mean radius, (2a + b) / 3, written as liblwgeom writes it so that the double is the same.
    /// </summary>
    public const double EarthRadius = ((2.0 * MajorAxis) + (MajorAxis - (MajorAxis / InverseFlattening))) / 3.0;

    /// <summary>
    /// The highest latitude a search's circle may reach to be answered here: nearer the poles a cell's width shrinks and
    /// the rings a search walks grow with it. Every French territory but Adélie Land lies well within.
    /// </summary>
    private const double MaxLatitude = 60;

    private const double MajorAxis = 6378137.0;
    private const double InverseFlattening = 298.257223563;
    private const double Radians = Math.PI / 180.0;

    private readonly Dictionary<long, Cell> _cells = [];

    /// <summary>
    /// Whether a search around <paramref name="near"/> can be walked here: its circle stays below <see cref="MaxLatitude"/>
    /// and does not cross the antimeridian.
    /// </summary>
    public static bool Covers(GeoCircle near)
    {
        var reach = near.RadiusKm * 1000 / EarthRadius / Radians;
        return Math.Abs(near.Latitude) + reach <= MaxLatitude
            && Math.Abs(near.Longitude) + (reach / Math.Cos(MaxLatitude * Radians)) < 180;
    }

    /// <summary>
    /// The distance in metres from an offer's point to a centre, as PostGIS's <c>geography &lt;-&gt; geography</c> gives
    /// it for <c>offer &lt;-&gt; centre</c>, bit for bit (tools/distance-check): liblwgeom's great-circle angle, the offer's
    /// point first, degrees turned into radians as <c>M_PI * d / 180</c>.
    /// </summary>
    public static double Distance(double latitude, double longitude, double centreLatitude, double centreLongitude)
    {
        double sLon = Math.PI * longitude / 180.0, sLat = Math.PI * latitude / 180.0;
        double eLon = Math.PI * centreLongitude / 180.0, eLat = Math.PI * centreLatitude / 180.0;
        var dLon = eLon - sLon;
        var cosDLon = Math.Cos(dLon);
        var cosLatE = Math.Cos(eLat);
        var sinLatE = Math.Sin(eLat);
        var cosLatS = Math.Cos(sLat);
        var sinLatS = Math.Sin(sLat);
        var along = cosLatE * Math.Sin(dLon);
        var across = (cosLatS * sinLatE) - (sinLatS * cosLatE * cosDLon);
        var a = Math.Sqrt((along * along) + (across * across));
        var b = (sinLatS * sinLatE) + (cosLatS * cosLatE * cosDLon);
        return EarthRadius * Math.Atan2(a, b);
    }

    public void Add(int slot, ushort sector, double latitude, double longitude)
    {
        var key = Key(Row(latitude), Column(longitude));
        if (!_cells.TryGetValue(key, out var cell))
        {
            cell = new Cell();
            _cells[key] = cell;
        }

        cell.Add(slot, sector, latitude, longitude);
    }

    /// <summary>
    /// Shows <paramref name="visitor"/> every point, in the sectors <paramref name="sectors"/> allows (all when null), that
    /// may lie within <see cref="IGridVisitor.Limit"/> of <paramref name="near"/>'s centre, among others further away.
    /// </summary>
    public void Walk(GeoCircle near, bool[]? sectors, IGridVisitor visitor)
    {
        var centreRow = Row(near.Latitude);
        var centreColumn = Column(near.Longitude);
        var reach = near.RadiusKm * 1000 / EarthRadius / Radians;
        // The points within the radius lie at most this far from the equator: the smallest cosine a point's latitude has.
        var farthestLatitude = Math.Min(90, Math.Abs(near.Latitude) + reach);
        var bounds = new CellBounds(near, Math.Cos(near.Latitude * Radians) * Math.Cos(farthestLatitude * Radians));
        for (var ring = 0; ; ring++)
        {
            var anyNear = false;
            for (var row = centreRow - ring; row <= centreRow + ring; row++)
            {
                var edge = row == centreRow - ring || row == centreRow + ring;
                for (var column = centreColumn - ring; column <= centreColumn + ring; column += edge ? 1 : 2 * ring)
                {
                    if (bounds.LowerBound(row, column) > visitor.Limit)
                    {
                        continue;
                    }

                    anyNear = true;
                    if (_cells.TryGetValue(Key(row, column), out var cell))
                    {
                        cell.Walk(sectors, bounds, visitor, within: visitor.CountsOnly && bounds.UpperBound(row, column) <= visitor.Limit);
                    }
                }
            }

            if (!anyNear)
            {
                return;
            }
        }
    }

    private static int Row(double latitude) => (int)Math.Floor(latitude / CellDegrees);

    private static int Column(double longitude) => (int)Math.Floor(longitude / CellDegrees);

    private static long Key(int row, int column) => ((long)row << 32) | (uint)column;

    /// <summary>
    /// A lower bound of the distance from a centre to any point of a cell, from the haversine identity: for two points,
    /// sin²(θ/2) = sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2), where each term only grows with the latitude and longitude gaps.
    /// The gaps are the smallest between the centre and the cell; cos φ₁ cos φ₂ is bounded below by the centre's cosine
    /// times that of the farthest latitude the circle reaches, the same for every cell, so a ring further out never has a
    /// smaller bound than the ring inside it. Shrunk by a millionth and a millimetre against rounding.
    /// </summary>
    internal readonly struct CellBounds(GeoCircle near, double cosines)
    {
        public double LowerBound(int row, int column)
        {
            var latitudeGap = Gap(near.Latitude, row);
            var longitudeGap = Gap(near.Longitude, column);
            var sinLatitude = Math.Sin(latitudeGap * Radians / 2);
            var sinLongitude = Math.Sin(longitudeGap * Radians / 2);
            var haversine = (sinLatitude * sinLatitude) + (cosines * sinLongitude * sinLongitude);
            return (2 * EarthRadius * Math.Asin(Math.Min(1, Math.Sqrt(haversine))) * (1 - 1e-6)) - 1e-3;
        }

        /// <summary>
        /// An upper bound of the distance from the centre to any point of a cell, from the same identity with the largest
        /// latitude and longitude gaps to the cell and, for cos φ₁ cos φ₂, the centre's cosine times the largest cosine of
        /// the cell's latitudes; grown by a millionth and a millimetre against rounding, so that PostGIS measures every
        /// point of a cell within the radius when this bound is.
        /// </summary>
        public double UpperBound(int row, int column)
        {
            var latitudeGap = FarGap(near.Latitude, row);
            var longitudeGap = FarGap(near.Longitude, column);
            var low = row * CellDegrees;
            var high = (row + 1) * CellDegrees;
            var nearestToEquator = low <= 0 && high >= 0 ? 0 : Math.Min(Math.Abs(low), Math.Abs(high));
            var cosines = Math.Cos(near.Latitude * Radians) * Math.Cos(nearestToEquator * Radians);
            var sinLatitude = Math.Sin(latitudeGap * Radians / 2);
            var sinLongitude = Math.Sin(longitudeGap * Radians / 2);
            var haversine = (sinLatitude * sinLatitude) + (cosines * sinLongitude * sinLongitude);
            return (2 * EarthRadius * Math.Asin(Math.Min(1, Math.Sqrt(haversine))) * (1 + 1e-6)) + 1e-3;
        }

        /// <summary>
        /// A lower bound of the distance from the centre to a point, without trigonometry: the central angle is at least
        /// the chord, whose square is 4 sin²(Δφ/2) + 4 cos φ₁ cos φ₂ sin²(Δλ/2) (bounded below as for a cell), and
        /// 2 sin(x/2) ≥ x (1 − x²/24), at least 0.998 x for gaps up to 0.2 radians; a point further off in latitude than
        /// the circle reaches may be overestimated, which is harmless: it lies beyond the radius anyway. Larger gaps get 0.
        /// </summary>
        public double PointLowerBound(double latitude, double longitude)
        {
            var latitudeGap = Math.Abs(latitude - near.Latitude) * Radians;
            var longitudeGap = Math.Abs(longitude - near.Longitude) * Radians;
            if (latitudeGap > 0.2 || longitudeGap > 0.2)
            {
                return Math.Min(latitudeGap, 0.2) * EarthRadius * 0.998;
            }

            var angle = Math.Sqrt((latitudeGap * latitudeGap) + (cosines * longitudeGap * longitudeGap)) * 0.998;
            return (EarthRadius * angle * (1 - 1e-6)) - 1e-3;
        }

        /// <summary>Degrees between a coordinate and the farthest edge of the band of cells at <paramref name="index"/>.</summary>
        private static double FarGap(double coordinate, int index) =>
            Math.Max(Math.Abs(coordinate - (index * CellDegrees)), Math.Abs(coordinate - ((index + 1) * CellDegrees)));

        /// <summary>Degrees between a coordinate and the nearest edge of the band of cells at <paramref name="index"/> (0 inside).</summary>
        private static double Gap(double coordinate, int index)
        {
            var low = index * CellDegrees;
            var high = (index + 1) * CellDegrees;
            return coordinate < low ? low - coordinate : coordinate > high ? coordinate - high : 0;
        }
    }

    /// <summary>A cell's points, a list per sector (by the index's interned sector id).</summary>
    private sealed class Cell
    {
        private Points?[] _bySector = new Points?[8];

        public void Add(int slot, ushort sector, double latitude, double longitude)
        {
            if (sector >= _bySector.Length)
            {
                Array.Resize(ref _bySector, Math.Max(sector + 1, _bySector.Length * 2));
            }

            (_bySector[sector] ??= new Points()).Add(slot, latitude, longitude);
        }

        public void Walk(bool[]? sectors, CellBounds bounds, IGridVisitor visitor, bool within)
        {
            for (var sector = 0; sector < _bySector.Length; sector++)
            {
                if (_bySector[sector] is { } points && (sectors is null || (sector < sectors.Length && sectors[sector])))
                {
                    if (within)
                    {
                        points.WalkWithin(visitor);
                    }
                    else
                    {
                        points.Walk(bounds, visitor);
                    }
                }
            }
        }
    }

    /// <summary>Points of one sector in one cell, their coordinates beside their slots so that most are passed over unread.</summary>
    private sealed class Points
    {
        private int[] _slots = new int[4];
        private double[] _latitudes = new double[4];
        private double[] _longitudes = new double[4];
        private int _count;

        public void Add(int slot, double latitude, double longitude)
        {
            if (_count == _slots.Length)
            {
                Array.Resize(ref _slots, _count * 2);
                Array.Resize(ref _latitudes, _count * 2);
                Array.Resize(ref _longitudes, _count * 2);
            }

            _slots[_count] = slot;
            _latitudes[_count] = latitude;
            _longitudes[_count] = longitude;
            _count++;
        }

        public void WalkWithin(IGridVisitor visitor)
        {
            for (var i = 0; i < _count; i++)
            {
                visitor.VisitWithin(_slots[i]);
            }
        }

        public void Walk(CellBounds bounds, IGridVisitor visitor)
        {
            for (var i = 0; i < _count; i++)
            {
                // Most points of a cell beyond the page's last offer are passed over without their slot being read.
                if (bounds.PointLowerBound(_latitudes[i], _longitudes[i]) <= visitor.Limit)
                {
                    visitor.Visit(_slots[i], _latitudes[i], _longitudes[i]);
                }
            }
        }
    }
}

/// <summary>What a radius search does with the points the grid shows it.</summary>
public interface IGridVisitor
{
    /// <summary>The distance beyond which no point matters any more (the radius, then the full page's last offer's).</summary>
    double Limit { get; }

    /// <summary>Whether only counts matter, so that the points of a cell wholly within the limit come without their place.</summary>
    bool CountsOnly { get; }

    void Visit(int slot, double latitude, double longitude);

    /// <summary>A point of a cell wholly within <see cref="Limit"/> (only when <see cref="CountsOnly"/>).</summary>
    void VisitWithin(int slot);
}
