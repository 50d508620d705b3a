using Microsoft.AspNetCore.Http;

namespace Echoes.Gallery.Web;

/// <summary>Reads multipart uploads with the gallery's size limit, turning the server's limit errors into a clear 413.</summary>
internal static class Forms
{
    public static async Task<IFormCollection> ReadAsync(HttpContext ctx, GalleryOptions o)
    {
        string limit = $"the upload is larger than the limit of {o.MaxUploadBytes / (1024.0 * 1024):0.#} MB";
        if (!ctx.Request.HasFormContentType) throw new GalleryError(415, "send the fields as multipart/form-data");
        try { return await ctx.Request.ReadFormAsync(ctx.RequestAborted); }
        catch (InvalidDataException) { throw new GalleryError(413, limit); }
        catch (BadHttpRequestException e) when (e.StatusCode == 413) { throw new GalleryError(413, limit); }
    }
}
