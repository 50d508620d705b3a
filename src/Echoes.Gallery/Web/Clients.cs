using Microsoft.AspNetCore.Http;

namespace Echoes.Gallery.Web;

/// <summary>Who is asking, by network address: what the per-client rate limits count and comments record.</summary>
internal static class Clients
{
    public static string Address(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
