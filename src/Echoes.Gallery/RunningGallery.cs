using Echoes.Gallery.Data;
using Microsoft.AspNetCore.Builder;

namespace Echoes.Gallery;

/// <summary>A gallery that is serving: its address, and how to stop it.</summary>
public sealed class RunningGallery : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Database _db;

    internal RunningGallery(WebApplication app, Uri address, Database db) => (_app, Address, _db) = (app, address, db);

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:5000</c>.</summary>
    public Uri Address { get; }

    /// <summary>Stops serving (requests under way get a few seconds to finish) and closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }
}
