using System.Text;
using System.Text.Json;
using Echoes.Strokes;

namespace Echoes.Gallery.Works;

/// <summary>
/// Carries a painting's strokes from the painter to the database as they land, in batches of <see cref="Paintings.Batch"/>
/// (the last one short), so readers on any server follow it. The writes queue behind the painter, which never waits for them.
/// </summary>
internal sealed class StrokeFeed(Paintings paintings, long id)
{
    private readonly List<Stroke> _pending = new(Paintings.Batch);
    private readonly List<Task> _writes = [];
    private string _canvas = "";
    private int _placed;

    /// <summary>The painter's callback: called with each stroke in painting order.</summary>
    public void Placed(StrokePlan plan, Stroke s)
    {
        if (_canvas.Length == 0) _canvas = Canvas(plan);
        _pending.Add(s);
        _placed++;
        if (_pending.Count == Paintings.Batch) Flush();
    }

    /// <summary>Stores what is left and waits until every batch is stored.</summary>
    public async Task CompleteAsync()
    {
        Flush();
        await Task.WhenAll(_writes);
    }

    private void Flush()
    {
        if (_pending.Count == 0) return;
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartArray();
            foreach (var s in _pending) s.WriteJson(w);
            w.WriteEndArray();
        }
        _writes.Add(paintings.AppendAsync(id, _placed - _pending.Count, _pending.Count, Encoding.UTF8.GetString(ms.ToArray()), _canvas));
        _pending.Clear();
    }

    /// <summary>The plan without its strokes, in the plan format: its logical size and ground (what the <c>begin</c> event
    /// sends) and the relief and warmth a render of its strokes needs (<see cref="PaintingPreviews"/>).</summary>
    public static string Canvas(StrokePlan plan) =>
        Encoding.UTF8.GetString(new StrokePlan(plan.Width, plan.Height, plan.Background) { Relief = plan.Relief, Warmth = plan.Warmth }.ToJson());
}
