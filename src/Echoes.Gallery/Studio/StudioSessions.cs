using System.Collections.Concurrent;
using System.Security.Cryptography;
using Echoes.Gallery.Web;
using Echoes.Gallery.Works;
using Microsoft.Extensions.Hosting;

namespace Echoes.Gallery.Studio;

/// <summary>
/// The studio's paintings in progress, in memory: each starts painting at once (queued behind the workshop's easels)
/// and is kept for an hour after it finishes so it can be watched again and hung. At most <see cref="MaxOpen"/> paint
/// at a time, and at most <see cref="MaxKept"/> finished ones are kept (the oldest go first).
/// </summary>
internal sealed class StudioSessions(Workshop workshop, IHostApplicationLifetime lifetime, IServiceProvider services)
{
    public const int MaxOpen = 16;
    public const int MaxKept = 64;
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, StudioSession> _sessions = new(StringComparer.Ordinal);

    public StudioSession? Get(string id) => _sessions.TryGetValue(id, out var s) ? s : null;

    /// <exception cref="EchoesException">Too many paintings are open.</exception>
    public StudioSession Start(PaintRequest request)
    {
        Sweep();
        if (_sessions.Values.Count(s => !s.Finished) >= MaxOpen) throw new EchoesException("studio",
            $"{MaxOpen} paintings are already open; try again when one has finished");
        var session = new StudioSession(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), request);
        _sessions[session.Id] = session;
        _ = Task.Run(async () =>
        {
            try { session.Finish(await workshop.PaintAsync(request, session.Placed, lifetime.ApplicationStopping), null); }
            catch (OperationCanceledException) { session.Finish(null, "the server is stopping"); }
            catch (Exception e) { session.Finish(null, Failures.Visible(e, services, $"studio painting {session.Id}")); }
        });
        return session;
    }

    private void Sweep()
    {
        var old = DateTimeOffset.UtcNow - KeepFor;
        var finished = _sessions.Values.Where(s => s.Finished).OrderByDescending(s => s.Touched).ToList();
        for (int i = 0; i < finished.Count; i++)
            if (i >= MaxKept || finished[i].Touched < old) _sessions.TryRemove(finished[i].Id, out _);
    }
}
