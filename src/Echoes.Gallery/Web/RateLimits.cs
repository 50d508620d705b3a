using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Echoes.Gallery.Web;

/// <summary>Per-client limits on what visitors post: comments and mood responses, each a fixed window of one minute per
/// network address; counted in this server's memory on a single machine, in the shared database when several servers
/// share PostgreSQL (<see cref="SharedWindowLimiter"/>).</summary>
internal static class RateLimits
{
    public const string Comments = "comments";
    public const string Responses = "responses";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static void Add(IServiceCollection services, GalleryOptions o) => services.AddRateLimiter(r =>
    {
        r.AddPolicy(Comments, ctx => PerClient(ctx, Comments, o.CommentsPerMinute));
        r.AddPolicy(Responses, ctx => PerClient(ctx, Responses, o.ResponsesPerMinute));
        r.OnRejected = (rejected, ct) =>
        {
            // Retry-After: when the client's window opens again (clients and proxies back off by it).
            var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan after) ? after : Window;
            rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1,
                (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return new ValueTask(Errors.Write(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                "too many posts from this client; wait a minute and try again"));
        };
    });

    private static RateLimitPartition<string> PerClient(HttpContext ctx, string policy, int perMinute)
    {
        if (perMinute <= 0) return RateLimitPartition.GetNoLimiter("all");
        string client = Clients.Address(ctx);
        if (ctx.RequestServices.GetRequiredService<Data.Database>().Postgres is { } shared)
            return RateLimitPartition.Get($"{policy} {client}",
                bucket => new SharedWindowLimiter(shared, bucket, perMinute, Window, TimeProvider.System));
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute, Window = Window, QueueLimit = 0,
        });
    }
}
