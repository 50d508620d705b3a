using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Echoes.Gallery.Web;

/// <summary>Turns every refusal into one clear line with the right status: bad input 400 (or 413/415), missing 404,
/// and anything unexpected 500 with the detail logged, never a stack trace to the visitor. A failure about one of the
/// server's own files (its subject is an absolute path: a full disk, a damaged store) is the server's, not the
/// caller's: 500, with the path only in the log. A busy moment (every database connection taken) is 503 with
/// <c>Retry-After</c>, never 500.</summary>
internal static class Failures
{
    public const string ServerFault = "the gallery failed to handle this request; the error is in the server's log";

    /// <summary>Seconds a caller refused with 503 (the database's connections all busy) is told to wait.</summary>
    public const int BusyRetrySeconds = 2;

    private const string Busy = "the gallery is busy; try again in a few seconds";

    public static async Task Handle(HttpContext ctx, Func<Task> next)
    {
        try { await next(); }
        catch (Exception e) when (!ctx.Response.HasStarted)
        {
            var (status, message) = e switch
            {
                GalleryError g => (g.Status, g.Message),
                EchoesException x when !IsServerFile(x) => (400, FormFields.OneLine(x)),
                BadHttpRequestException b => (b.StatusCode, b.StatusCode == 413 ? BodyLimits.TooLarge(ctx) : OneLine(b)),
                OperationCanceledException when ctx.RequestAborted.IsCancellationRequested => (499, "cancelled"),
                // Every pooled connection stayed busy past the pool's timeout (or the database is out of reach): the
                // request was fine, the moment was not; a client that waits and sends it again succeeds.
                Npgsql.NpgsqlException { InnerException: TimeoutException } => (503, Busy),
                _ => (500, ServerFault),
            };
            if (status == 500) Log(ctx.RequestServices, e, ctx.Request.Path);
            if (status == 503) Log(ctx.RequestServices, e, ctx.Request.Path, LogLevel.Warning);
            ClearKeepingProtection(ctx.Response);
            if (status == 503) ctx.Response.Headers.RetryAfter = BusyRetrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Errors.Write(ctx, status, message);
        }
    }

    // A refusal replaces the answer, not the protection every answer carries (HSTS, CSP and the like).
    private static readonly string[] ProtectiveHeaders =
        ["Strict-Transport-Security", "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"];

    private static void ClearKeepingProtection(HttpResponse response)
    {
        var kept = ProtectiveHeaders.Where(response.Headers.ContainsKey).Select(n => (n, response.Headers[n])).ToArray();
        response.Clear();
        foreach (var (name, value) in kept) response.Headers[name] = value;
    }

    /// <summary>What a visitor may read of a failure outside a request (a studio painting): the line, unless it is the server's.</summary>
    public static string Visible(Exception e, IServiceProvider services, string what)
    {
        if (e is EchoesException x && !IsServerFile(x)) return FormFields.OneLine(x);
        Log(services, e, what);
        return ServerFault;
    }

    private static bool IsServerFile(EchoesException x) => Path.IsPathRooted(x.Subject);

    private static void Log(IServiceProvider services, Exception e, string what, LogLevel level = LogLevel.Error) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger("Echoes.Gallery").Log(level, e, "{What}", what);

    // Body-binding errors name the problem (a field of the wrong type, malformed JSON) in their inner exception. The
    // depth limit is named only in System.Text.Json's message (the reader's own exception type is internal).
    private static string OneLine(BadHttpRequestException b)
    {
        if (b.InnerException is System.Text.Json.JsonException j && j.Message.Contains("maximum configured depth", StringComparison.Ordinal))
            return $"the body is nested deeper than {Limits.MaxNestingDepth} levels";
        string m = (b.InnerException?.Message ?? b.Message).Split('\n')[0].Trim();
        return m.Contains("JSON", StringComparison.OrdinalIgnoreCase) || b.InnerException is System.Text.Json.JsonException
            ? $"the body is not valid JSON for this call: {m}" : m;
    }
}
