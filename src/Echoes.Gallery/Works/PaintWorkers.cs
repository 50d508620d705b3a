using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Echoes.Gallery.Works;

/// <summary>This process's painting workers: a Hangfire server with <see cref="GalleryOptions.PaintWorkers"/> workers
/// on the gallery's queue, stopped with the process (paintings under way go back to the queue).</summary>
internal sealed class PaintWorkers(JobStorage storage, GalleryOptions options, Paintings paintings, Timelapses timelapses, IServiceProvider services)
    : IHostedService
{
    private BackgroundJobServer? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // On SQLite the queue died with the last process; the paintings and time-lapses tables remember what was asked for.
        if (options.Database is null)
        {
            foreach (long id in await paintings.UnfinishedAsync()) paintings.Enqueue(id);
            foreach (long work in await timelapses.UnfinishedAsync()) timelapses.Enqueue(work);
        }
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = options.PaintWorkers, ServerName = $"echoes-{Environment.MachineName}-{Environment.ProcessId}",
            Activator = new Hangfire.AspNetCore.AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()),
            ShutdownTimeout = TimeSpan.FromSeconds(10), SchedulePollingInterval = TimeSpan.FromSeconds(5),
        }, storage);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is null) return;
        _server.SendStop();
        await _server.WaitForShutdownAsync(cancellationToken);
        _server.Dispose();
    }
}
