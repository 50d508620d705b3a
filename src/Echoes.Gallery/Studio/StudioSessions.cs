using System.Collections.Concurrent;
using System.Security.Cryptography;
using Echoes.Gallery.Works;
using Microsoft.Extensions.Hosting;

namespace Echoes.Gallery.Studio;

/// <summary>
/// The studio's paintings in progress, in memory: each starts painting at once (queued behind the workshop's easels)
/// and is kept for an hour after it finishes so it can be watched again and hung. At most <see cref="MaxOpen"/> at a time.
/// </summary>
internal sealed class StudioSessions(Workshop workshop, IHostApplicationLifetime lifetime)
{
    public const int MaxOpen = 16;
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, StudioSession> _sessions = new(StringComparer.Ordinal);

    public StudioSession? Get(string id) => _sessions.TryGetValue(id, out var s) ? s : null;

    /// <exception cref="EchoesException">Too many paintings are open.</exception>
    public StudioSession Start(PaintRequest request)
    {
        Sweep();
        if (_sessions.Count >= MaxOpen) throw new EchoesException("studio", $"{MaxOpen} paintings are already open; try again when one has finished");
        var session = new StudioSession(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), request);
        _sessions[session.Id] = session;
        _ = Task.Run(async () =>
        {
            try { session.Finish(await workshop.PaintAsync(request, session.Placed, lifetime.ApplicationStopping), null); }
            catch (EchoesException e) { session.Finish(null, e.OneLine); }
            catch (OperationCanceledException) { session.Finish(null, "the server is stopping"); }
            catch (Exception e) { session.Finish(null, $"the painting failed: {e.Message}"); }
        });
        return session;
    }

    private void Sweep()
    {
        var old = DateTimeOffset.UtcNow - KeepFor;
        foreach (var (id, s) in _sessions)
            if (s.Finished && s.Touched < old) _sessions.TryRemove(id, out _);
    }
}
