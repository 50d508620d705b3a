using Echoes.Gallery.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Echoes.Gallery.Works;

/// <summary>
/// On PostgreSQL, listens for the notes workers send when a painting changes (<see cref="Paintings.Channel"/>; the
/// payload is the painting's id and its stroke count) and wakes this server's readers. One connection per server.
/// </summary>
internal sealed class PaintingListener(GalleryOptions options, PaintingSignals signals, ILogger<PaintingListener> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = PostgresConnection.Parse(options.Database!);
        builder.Pooling = false; // a listening connection is held for good, never returned
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var c = new NpgsqlConnection(builder.ConnectionString);
                await c.OpenAsync(stoppingToken);
                c.Notification += (_, e) => { if (long.TryParse(e.Payload.Split(':')[0], out long id)) signals.Signal(id); };
                await using (var cmd = new NpgsqlCommand($"LISTEN {Paintings.Channel}", c)) await cmd.ExecuteNonQueryAsync(stoppingToken);
                while (true) await c.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
            {
                // Readers also look again every few seconds, so a lost connection slows them down, nothing worse.
                log.LogWarning("painting notifications lost ({Message}); reconnecting", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
