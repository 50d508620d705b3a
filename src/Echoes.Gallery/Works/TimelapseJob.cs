using Echoes.Export;
using Echoes.Gallery.Data;
using Echoes.Gallery.Web;
using Echoes.Imaging;
using Echoes.Strokes;
using Hangfire;

namespace Echoes.Gallery.Works;

/// <summary>
/// The job that makes a work's time-lapse with Core's <see cref="Timelapse"/> (the engine's incremental renderer, the
/// very paint of the work, and ffmpeg): WebM (VP9) and MP4 (H.264) from one pass within <see cref="MaxWidth"/> ×
/// <see cref="MaxHeight"/> (turned for upright works), and the last frame as the poster, stored with the work's files.
/// Bounded by <see cref="GalleryOptions.TimelapseTimeout"/>; without ffmpeg on the worker it records <c>unavailable</c>.
/// </summary>
internal sealed class TimelapseJob(Timelapses timelapses, GalleryStore store, BlobStore blobs, GalleryOptions options, IServiceProvider services)
{
    /// <summary>Largest video: 720p.</summary>
    public const int MaxWidth = 1280, MaxHeight = 720;

    /// <summary>JPEG quality of the poster.</summary>
    public const int PosterQuality = 88;

    /// <summary>How the video is cut: ten seconds of painting at 30 frames a second, then two of the finished work.</summary>
    public static readonly TimelapseOptions Cut = new(Fps: 30, Seconds: 10, HoldSeconds: 2);

    /// <summary>Makes work <paramref name="workId"/>'s time-lapse; a failure is recorded, not retried.</summary>
    /// <param name="workId">The work's id.</param>
    /// <param name="ct">Cancelled when the worker stops: the job returns to the queue.</param>
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(long workId, CancellationToken ct)
    {
        var t = await timelapses.GetAsync(workId);
        if (t is null || t.Status is "done") return; // deleted with its work, or made by a worker that died before saying so
        if (!Timelapse.CanEncode)
        {
            await timelapses.SetStatusAsync(workId, "unavailable", "this gallery's worker has no ffmpeg to encode videos");
            return;
        }
        await timelapses.SetStatusAsync(workId, "rendering", "");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(options.TimelapseTimeout);
        try
        {
            var w = await store.WorkAsync(workId);
            if (w is null) return;
            var plan = StrokePlan.FromJson(await blobs.ReadAllAsync(w.PlanFile, limit.Token)
                ?? throw new EchoesException(nameof(Work.PlanFile), "the work's plan is missing from the gallery's store"), w.PlanFile);
            var made = await Task.Run(() => Make(workId, plan, limit.Token), limit.Token);
            await timelapses.FinishAsync(made);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            await timelapses.SetStatusAsync(workId, "failed",
                $"the time-lapse took longer than {options.TimelapseTimeout.TotalSeconds:0} seconds to make");
        }
        catch (Exception e)
        {
            await timelapses.SetStatusAsync(workId, "failed", Failures.Visible(e, services, $"time-lapse of work {workId}"));
        }
    }

    /// <summary>The video's width for a plan: the largest within the 720p box, turned for an upright plan.</summary>
    public static int Width(StrokePlan plan)
    {
        double aspect = plan.Width / plan.Height;
        double w = aspect >= 1 ? Math.Min(MaxWidth, MaxHeight * aspect) : Math.Min(MaxHeight, MaxWidth * aspect);
        return Math.Max(2, (int)w / 2 * 2);
    }

    // Encodes both videos in one pass into scratch, then stores them and the poster by content.
    private StoredTimelapse Make(long workId, StrokePlan plan, CancellationToken ct)
    {
        var scratch = Directory.CreateTempSubdirectory("echoes-timelapse-");
        try
        {
            string webm = Path.Combine(scratch.FullName, "t.webm"), mp4 = Path.Combine(scratch.FullName, "t.mp4");
            using Canvas last = Timelapse.WriteVideos(plan, [webm, mp4], Width(plan), Cut, ct: ct);
            return new StoredTimelapse
            {
                WorkId = workId, Status = "done", Width = last.Width, Height = last.Height,
                WebmFile = blobs.Put(File.ReadAllBytes(webm), "webm"), Mp4File = blobs.Put(File.ReadAllBytes(mp4), "mp4"),
                PosterFile = blobs.Put(last.Encode(ImageFormat.Jpeg, PosterQuality), "jpg"),
                Touched = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            };
        }
        finally { scratch.Delete(recursive: true); }
    }
}
