using Echoes.Gallery.Web;
using Echoes.Strokes;
using Hangfire;

namespace Echoes.Gallery.Works;

/// <summary>
/// The job a worker runs for one painting: reads the request back, paints it (storing strokes as they land), hangs the
/// result in its work (or keeps the plan for the studio), asks for the work's time-lapse and records the outcome. Running it again is harmless: a
/// finished painting is left alone, and an unfinished one is painted again from the same plan, so the same strokes.
/// </summary>
internal sealed class PaintJob(Paintings paintings, Workshop workshop, Timelapses timelapses, IServiceProvider services)
{
    /// <summary>Paints painting <paramref name="paintingId"/>; a failure is recorded on it, not retried (the same input fails the
    /// same way).</summary>
    /// <param name="paintingId">The painting's id.</param>
    /// <param name="ct">Cancelled when the worker stops: the painting stays unfinished and the job returns to the queue.</param>
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(long paintingId, CancellationToken ct)
    {
        var p = await paintings.GetAsync(paintingId);
        if (p is null || p.Finished) return; // deleted with its work, or finished by a worker that died before saying so
        await paintings.SetStatusAsync(p, "painting", "");
        var feed = new StrokeFeed(paintings, p.Id);
        try
        {
            var r = await paintings.RequestAsync(p);
            StrokePlan plan;
            try { plan = await workshop.PaintAsync(r, feed.Placed, ct); }
            finally { await feed.CompleteAsync(); }
            string planFile = workshop.StorePlan(plan);
            if (p.WorkId is long work) await workshop.FinishAsync(work, r, plan);
            await paintings.FinishAsync(p, planFile, StrokeFeed.Canvas(plan));
            if (p.WorkId is long hung) await timelapses.RequestAsync(hung);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (Exception e)
        {
            await paintings.SetStatusAsync(p, "failed", Failures.Visible(e, services, $"painting {p.Id}"));
        }
    }
}
