using System.Text;
using Npgsql;

// Experiment: can ts_rank(vector, french(w:*) || simple(w:*)) be reproduced bit for bit from the vector's text?
string[] words = ["boulanger", "informatique", "mécanicien", "infirmier", "cuisine", "journaliste", "coiffeur", "électricien",
    "vendeur", "comptable", "développeur", "architecte", "vétérinaire", "pharmacien", "plombier", "maçon",
    "commerce", "hôtel", "restaurant", "agriculteur", "photographe", "avocat", "banque", "cuisinier"];
float[] weights = [0.1f, 0.2f, 0.4f, 1.0f]; // D, C, B, A
await using var source = NpgsqlDataSource.Create(args.Length > 0 ? args[0] : "Host=127.0.0.1;Port=54329;Username=postgres;Database=stage_bench;Command Timeout=600");
long total = 0, differ = 0, orderDiffer = 0;
foreach (var w in words)
{
    var last = w + ":*";
    string french, simple;
    await using (var cmd = source.CreateCommand("SELECT to_tsquery('french', stage_unaccent($1))::text, to_tsquery('simple', stage_unaccent($1))::text"))
    {
        cmd.Parameters.Add(new NpgsqlParameter { Value = last });
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        (french, simple) = (r.GetString(0), r.GetString(1));
    }
    var items = new List<byte[]>();
    foreach (var q in new[] { french, simple })
    {
        if (q.Length == 0) continue;
        if (!q.StartsWith('\'') || !q.EndsWith("':*", StringComparison.Ordinal) || q.Count(c => c == '\'') != 2) throw new InvalidDataException($"unexpected query {q}");
        items.Add(Encoding.UTF8.GetBytes(q[1..^3]));
    }
    items.Sort(Compare);
    items = items.Where((it, i) => i == 0 || Compare(items[i - 1], it) != 0).ToList();
    var rows = new List<(long Id, float Pg, float Mine)>();
    await using (var cmd = source.CreateCommand(
        "SELECT id, search_vector::text, ts_rank(search_vector, (SELECT to_tsquery('french', stage_unaccent($1)) || to_tsquery('simple', stage_unaccent($1)))) FROM offer_search WHERE search_vector @@ to_tsquery('simple', stage_unaccent($1))"))
    {
        cmd.Parameters.Add(new NpgsqlParameter { Value = last });
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            var entries = ParseVector(r.GetString(1));
            var mine = Rank(entries, items, weights);
            rows.Add((r.GetInt64(0), r.GetFloat(2), mine));
        }
    }
    var bad = rows.Count(x => BitConverter.SingleToInt32Bits(x.Pg) != BitConverter.SingleToInt32Bits(x.Mine));
    var pgOrder = rows.OrderByDescending(x => x.Pg).ThenBy(x => x.Id).Take(21).Select(x => x.Id).ToList();
    var myOrder = rows.OrderByDescending(x => x.Mine).ThenBy(x => x.Id).Take(21).Select(x => x.Id).ToList();
    if (!pgOrder.SequenceEqual(myOrder)) orderDiffer++;
    total += rows.Count; differ += bad;
    Console.WriteLine($"{w}: items [{string.Join(", ", items.Select(Encoding.UTF8.GetString))}] matches {rows.Count}, ranks differing {bad}" +
        (bad > 0 ? $" e.g. {rows.First(x => BitConverter.SingleToInt32Bits(x.Pg) != BitConverter.SingleToInt32Bits(x.Mine))}" : ""));
}
Console.WriteLine($"total {total} matches, {differ} ranks differ, {orderDiffer} first pages differ");

static int Compare(byte[] a, byte[] b)
{
    var c = a.AsSpan(0, Math.Min(a.Length, b.Length)).SequenceCompareTo(b.AsSpan(0, Math.Min(a.Length, b.Length)));
    return c != 0 ? Math.Sign(c) : a.Length.CompareTo(b.Length);
}

static List<(byte[] Lexeme, byte[] Weights)> ParseVector(string text)
{
    var entries = new List<(byte[], byte[])>();
    var i = 0;
    while (i < text.Length)
    {
        if (text[i] == ' ') { i++; continue; }
        if (text[i] != '\'') throw new InvalidDataException("lexeme expected at " + i);
        var lexeme = new StringBuilder();
        i++;
        while (true)
        {
            if (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'') { lexeme.Append('\''); i += 2; continue; }
            if (text[i] == '\\') { lexeme.Append(text[i + 1]); i += 2; continue; }
            if (text[i] == '\'') { i++; break; }
            lexeme.Append(text[i]); i++;
        }
        var ws = new List<byte>();
        if (i < text.Length && text[i] == ':')
        {
            i++;
            while (i < text.Length && text[i] != ' ')
            {
                while (i < text.Length && char.IsDigit(text[i])) i++;
                byte weight = 0;
                if (i < text.Length && text[i] is 'A' or 'B' or 'C' or 'D') { weight = text[i] switch { 'A' => 3, 'B' => 2, 'C' => 1, _ => 0 }; i++; }
                ws.Add(weight);
                if (i < text.Length && text[i] == ',') i++;
            }
        }
        else ws.Add(0);
        entries.Add((Encoding.UTF8.GetBytes(lexeme.ToString()), ws.ToArray()));
    }
    return entries;
}

static float Rank(List<(byte[] Lexeme, byte[] Weights)> entries, List<byte[]> items, float[] w)
{
    float res = 0f;
    foreach (var item in items)
    {
        foreach (var (lexeme, positions) in entries)
        {
            if (lexeme.Length < item.Length || !lexeme.AsSpan(0, item.Length).SequenceEqual(item)) continue;
            float resj = 0f, wjm = -1f;
            var jm = 0;
            for (var j = 0; j < positions.Length; j++)
            {
                var wp = w[positions[j]];
                resj = resj + wp / ((j + 1) * (j + 1));
                if (wp > wjm) { wjm = wp; jm = j; }
            }
            res = (float)(res + (double)(wjm + resj - wjm / ((jm + 1) * (jm + 1))) / 1.64493406685);
        }
    }
    if (items.Count > 0) res = res / items.Count;
    return res < 0 ? 1e-20f : res;
}
