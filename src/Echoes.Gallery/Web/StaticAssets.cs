using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Echoes.Gallery.Web;

/// <summary>The pages' stylesheet and scripts, embedded in the assembly: the gallery is one program with nothing to build or copy.</summary>
internal static class StaticAssets
{
    private static readonly Dictionary<string, (byte[] Data, string Type)> Files = Load();

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/static/{name}", (string name, HttpContext ctx) =>
        {
            if (!Files.TryGetValue(name, out var f)) return Results.NotFound();
            ctx.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Bytes(f.Data, f.Type);
        }).ExcludeFromDescription();

    private static Dictionary<string, (byte[], string)> Load()
    {
        const string prefix = "Echoes.Gallery.Assets.";
        var asm = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var res in asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var s = asm.GetManifestResourceStream(res)!;
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            string name = res[prefix.Length..];
            files[name] = (ms.ToArray(), Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                _ => "application/octet-stream",
            });
        }
        return files;
    }
}
